import { z } from 'zod';
import { ScenarioSchema } from '../domain/scenario-schema.js';

/** Where the schema says it lives: the file committed at the package root (editors resolve it locally). */
const SCENARIO_SCHEMA_ID = 'urn:spp:scenario-schema:1';

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from ScenarioSchema on the input side
 * (keys with defaults are optional), so `spp validate` and editors agree on structure.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: SCENARIO_SCHEMA_ID,
    title: 'spp scenario',
    description: 'A digitalisation scenario for spp (strategic personnel planning), SPEC §2.4.',
    ...rest,
  };
}
