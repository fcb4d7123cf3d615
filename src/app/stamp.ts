import type { Stamp } from '../domain/results.js';
import { basename } from 'node:path';
import { SPP_VERSION } from '../io/spp-version.js';
import type { InputFile } from './load-inputs.js';


/** Builds the stamp. File names only (no absolute paths), so results are byte-identical across machines. */
export function makeStamp(scenarioId: string, files: readonly InputFile[], seed: number | null = null): Stamp {
  return {
    spp_version: SPP_VERSION,
    scenario_id: scenarioId,
    inputs: files.map((f) => ({ role: f.role, file: basename(f.path), sha256: f.sha256 })),
    seed,
  };
}
