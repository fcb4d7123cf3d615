import type { Projection } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { projectScenario } from '../model/project.js';
import type { LoadedInputs } from './load-inputs.js';

/**
 * The projection of the loaded data under a changed scenario: the one place `spp sensitivity` (and
 * its benchmark) re-runs the model. It projects from scratch rather than through the compiled run
 * (compile-projection.ts), because sensitivity also moves values that `ProjectionParameters` does not
 * carry (override changes, emerging demand points); a full run of Gemeente Voorbeeld takes ~50 ms,
 * so all assumptions take ~2 s against the 30 s target (BENCHMARKS.md).
 */
export function projectVariant(inputs: Pick<LoadedInputs, 'functions' | 'workforce'>): (scenario: Scenario) => Projection {
  return (scenario) => projectScenario({ scenario, functions: inputs.functions, workforce: inputs.workforce });
}
