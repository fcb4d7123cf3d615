// The names of the presets, apart from their readers (read-preset-headcount.ts) so that the CLI can
// offer them as choices without loading the CSV readers (spp start-up time).

/** The HR-system exports spp reads with `--preset` (SPEC §2.1). */
export const PRESET_NAMES = ['raet-hrcore', 'afas', 'excel-nl'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

/** True for a preset name spp knows. */
export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}
