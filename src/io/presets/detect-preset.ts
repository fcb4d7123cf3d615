import type { Message } from '../../diagnostics/message.js';
import { normalizeHeader, type FileSpec } from '../csv/column-specs.js';
import type { PresetName } from './preset-names.js';
import { AFAS_FILE, RAET_APPOINTMENTS_FILE } from './preset-specs.js';

/** An HR-system export a header can be recognised by, and how to read it instead. */
interface KnownExport {
  preset: PresetName;
  spec: FileSpec;
  /** Raet writes its headers in [brackets]: required too, so a plain file with a start date is not taken for one. */
  bracketed: boolean;
  hint: Message;
}

const KNOWN_EXPORTS: readonly KnownExport[] = [
  {
    preset: 'afas',
    spec: AFAS_FILE,
    bracketed: false,
    hint: {
      en: 'this looks like an AFAS export: use --preset afas (or preset: afas in the scenario\'s data block). Without it every row is read as a person of its own and the periods of the appointments are not read',
      nl: 'dit lijkt een AFAS-export: gebruik --preset afas (of preset: afas in het data-blok van het scenario). Zonder preset telt elke regel als een aparte persoon en worden de perioden van de aanstellingen niet gelezen',
    },
  },
  {
    preset: 'raet-hrcore',
    spec: RAET_APPOINTMENTS_FILE,
    bracketed: true,
    hint: {
      en: 'this looks like the Aanstellingen.csv of a Visma|Raet HR Core export: use --preset raet-hrcore with the export folder as the headcount (or preset: raet-hrcore in the scenario\'s data block)',
      nl: 'dit lijkt de Aanstellingen.csv van een Visma|Raet HR Core-export: gebruik --preset raet-hrcore met de exportmap als personeelsbestand (of preset: raet-hrcore in het data-blok van het scenario)',
    },
  },
];

/**
 * The HR-system export a plain headcount's header looks like — every required column of the
 * preset's export is there under one of the export's names — with the hint to read it with that preset;
 * undefined when it looks like none.
 */
export function exportOfHeader(names: readonly string[]): { preset: PresetName; hint: Message } | undefined {
  const headers = new Set(names.map(normalizeHeader));
  for (const known of KNOWN_EXPORTS) {
    if (known.bracketed && !names.some((n) => /^\s*\[.*\]\s*$/.test(n))) continue;
    // By the export's own names, not spp's (a plain headcount may well have start_date).
    const all = known.spec.columns.filter((c) => c.required).every((c) => c.aliases.some((name) => headers.has(normalizeHeader(name))));
    if (all) return { preset: known.preset, hint: known.hint };
  }
  return undefined;
}
