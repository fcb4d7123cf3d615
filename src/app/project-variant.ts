import type { Projection } from '../domain/projection.js';
import type { Scenario } from '../domain/scenario-schema.js';
import { projectScenario } from '../model/project.js';
import type { LoadedInputs } from './load-inputs.js';

/**
 * The projection of the loaded data under a changed scenario: the one place `spp sensitivity` (and
 * its benchmark) re-runs the model. When the compiled projection (issue #9) lands, compile once here
 * and return its run().
 */
export function projectVariant(inputs: Pick<LoadedInputs, 'functions' | 'workforce'>): (scenario: Scenario) => Projection {
  return (scenario) => projectScenario({ scenario, functions: inputs.functions, workforce: inputs.workforce });
}
