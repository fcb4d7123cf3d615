import { z } from 'zod';
import { ScenarioSchema } from '../domain/scenario-schema.js';
import { magnitudeLimit } from '../validate/scenario-rules.js';

/** Where the schema says it lives: the file committed at the package root (editors resolve it locally). */
const SCENARIO_SCHEMA_ID = 'urn:spp:scenario-schema:1';

/**
 * The JSON Schema (draft 2020-12) of scenario files, generated from ScenarioSchema on the input side
 * (keys with defaults are optional), so `spp validate` and editors agree on structure.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  boundMagnitudes(generated, []);
  const { $schema, ...rest } = generated;
  const whole = liftRequired(rest);
  return {
    $schema: $schema ?? 'https://json-schema.org/draft/2020-12/schema',
    $id: SCENARIO_SCHEMA_ID,
    title: 'spp scenario',
    description: 'A digitalisation scenario for spp (strategic personnel planning), SPEC §2.4.',
    ...rest,
    // A file with `extends` may give part of any map (maps merge deeply, SPEC §2.4): `horizon: { end: 2040 }`
    // or one key of an automation target. spp validate checks the merged chain; the schema sees one file.
    if: { type: 'object', properties: { extends: true }, required: ['extends'] },
    else: whole,
  };
}

/**
 * Takes the `required` lists out of the maps of `schema` (in place: its properties and a map's values,
 * not list items, which a file that extends another replaces whole) and returns them as a schema of
 * their own, same shape, that holds them — for a file that does not extend another.
 */
function liftRequired(schema: Record<string, unknown>): Record<string, unknown> {
  const lifted: Record<string, unknown> = {};
  // Each required key named in `properties` too (as `true`: its schema is the one above), as ajv's strict mode wants.
  const inner: Record<string, unknown> = {};
  const required = schema['required'];
  if (Array.isArray(required)) {
    lifted['required'] = required;
    for (const key of required) inner[String(key)] = true;
    delete schema['required'];
  }
  const properties = schema['properties'];
  if (properties !== null && typeof properties === 'object') {
    for (const [key, sub] of Object.entries(properties as Record<string, unknown>)) {
      if (sub === null || typeof sub !== 'object') continue;
      const part = liftRequired(sub as Record<string, unknown>);
      if (Object.keys(part).length > 0) inner[key] = part;
    }
  }
  if (Object.keys(inner).length > 0) lifted['properties'] = inner;
  const values = schema['additionalProperties'];
  if (values !== null && typeof values === 'object') {
    const part = liftRequired(values as Record<string, unknown>);
    if (Object.keys(part).length > 0) lifted['additionalProperties'] = part;
  }
  // And its type, as ajv's strict mode wants beside `required` and `properties`.
  return Object.keys(lifted).length > 0 && schema['type'] !== undefined ? { type: schema['type'], ...lifted } : lifted;
}

/** The key a map's own keys (function ids, years) stand under in a path; no scenario key is named so. */
const ANY_KEY = '*';

/**
 * Writes into each number of the schema the bound `spp validate` enforces beyond the zod schema
 * (scenario-rules' magnitudes: FTE at 1,000,000, euros at 10^9, `max_level_step` at 30, …), so an
 * editor refuses what validate refuses: without it `privacy.min_group` showed a maximum of
 * 9007199254740991 (zod's largest safe integer) where validate stops at 1,000,000. `path` follows
 * the scenario's keys; list items and a map's own keys share one path each.
 */
function boundMagnitudes(node: unknown, path: readonly (string | number)[]): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema['type'] === 'number' || schema['type'] === 'integer') {
    const { max } = magnitudeLimit(path);
    const maximum = schema['maximum'];
    if (typeof maximum !== 'number' || maximum > max) schema['maximum'] = max;
    const minimum = schema['minimum'];
    if (schema['exclusiveMinimum'] === undefined && (typeof minimum !== 'number' || minimum < -max)) schema['minimum'] = -max;
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list)) for (const sub of list) boundMagnitudes(sub, path);
  }
  const properties = schema['properties'];
  if (properties !== null && typeof properties === 'object') {
    for (const [key, sub] of Object.entries(properties)) boundMagnitudes(sub, [...path, key]);
  }
  if (typeof schema['additionalProperties'] === 'object') boundMagnitudes(schema['additionalProperties'], [...path, ANY_KEY]);
  const prefix = schema['prefixItems'];
  if (Array.isArray(prefix)) prefix.forEach((sub, i) => boundMagnitudes(sub, [...path, i]));
  if (typeof schema['items'] === 'object') boundMagnitudes(schema['items'], [...path, 0]);
}
