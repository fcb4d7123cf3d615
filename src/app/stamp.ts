import { basename } from 'node:path';
import { SPP_VERSION } from '../version.js';
import type { InputFile } from './load-inputs.js';

/** The reproducibility stamp every result carries (SPEC §4): version, scenario id, SHA-256 of each input, seed. */
export interface Stamp {
  spp_version: string;
  scenario_id: string;
  inputs: { role: string; file: string; sha256: string }[];
  seed: number | null;
}

/** Builds the stamp. File names only (no absolute paths), so results are byte-identical across machines. */
export function makeStamp(scenarioId: string, files: readonly InputFile[], seed: number | null = null): Stamp {
  return {
    spp_version: SPP_VERSION,
    scenario_id: scenarioId,
    inputs: files.map((f) => ({ role: f.role, file: basename(f.path), sha256: f.sha256 })),
    seed,
  };
}
