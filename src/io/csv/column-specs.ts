/**
 * The columns of each input file with their English and Dutch aliases (SPEC §2.2, §2.3). Aliases
 * are compared after `normalizeHeader`, so `Functie_ID`, `[Functiecode]` and `functie-id` all match.
 */
import type { Message } from '../../diagnostics/message.js';
import type { FileRole } from './csv-options.js';

interface ColumnSpec {
  canonical: string;
  aliases: readonly string[];
  required?: boolean;
}

/** A family of columns named by a prefix: `task.<category>` / `taak.<category>`. */
export interface PrefixSpec {
  kind: 'task' | 'skill';
  words: readonly string[];
}

export interface FileSpec {
  /** What the file is, for messages, with its article ("the functions file", "het functiebestand"). */
  title: Message;
  /** Which block of a column map applies to it besides the entries for every file. */
  role: FileRole;
  columns: readonly ColumnSpec[];
  prefixes: readonly PrefixSpec[];
  /**
   * True when `--by` can group by a column of this file that spp does not otherwise use (the
   * headcount, an export's appointment rows); the notice about unused columns offers them only then.
   */
  groupable: boolean;
}

const TASK: PrefixSpec = { kind: 'task', words: ['task', 'taak'] };
const SKILL: PrefixSpec = { kind: 'skill', words: ['skill', 'vaardigheid'] };

export const FUNCTIONS_FILE: FileSpec = {
  title: { en: 'the functions file', nl: 'het functiebestand' },
  role: 'functions',
  columns: [
    { canonical: 'function_id', aliases: ['functiecode', 'functie_id', 'code', 'functie_code'], required: true },
    { canonical: 'name', aliases: ['functienaam', 'naam', 'functieomschrijving', 'functie_omschrijving'], required: true },
    { canonical: 'family', aliases: ['functiefamilie', 'familie'] },
    { canonical: 'level', aliases: ['niveau', 'schaal'] },
    { canonical: 'pay', aliases: ['salaris', 'jaarsalaris'] },
    { canonical: 'formation_fte', aliases: ['formatie', 'formatie_fte'] },
  ],
  prefixes: [TASK, SKILL],
  groupable: false,
};

export const HEADCOUNT_FILE: FileSpec = {
  title: { en: 'the headcount file', nl: 'het personeelsbestand' },
  role: 'headcount',
  columns: [
    { canonical: 'employee_id', aliases: ['medewerker_id', 'personeelsnummer', 'medewerker', 'dossiernummer'] },
    { canonical: 'function_id', aliases: ['functiecode', 'functie_id', 'functie_code'], required: true },
    { canonical: 'fte', aliases: ['deeltijdfactor'] },
    { canonical: 'hours_per_week', aliases: ['uren_per_week', 'uren'] },
    { canonical: 'birth_date', aliases: ['geboortedatum'] },
    { canonical: 'birth_year', aliases: ['geboortejaar'] },
    { canonical: 'age', aliases: ['leeftijd'] },
    { canonical: 'contract', aliases: ['dienstverband', 'soort_contract'] },
    { canonical: 'contract_end', aliases: ['einddatum', 'einddatum_contract'] },
    { canonical: 'count', aliases: ['aantal'] },
    { canonical: 'organisation', aliases: ['organisatie', 'organization'] },
  ],
  prefixes: [SKILL],
  groupable: true,
};

export const SIMILARITY_FILE: FileSpec = {
  title: { en: 'the similarity file', nl: 'het bestand met verwantschappen' },
  role: 'similarity',
  columns: [
    { canonical: 'from', aliases: ['van'], required: true },
    { canonical: 'to', aliases: ['naar'], required: true },
    { canonical: 'similarity', aliases: ['similariteit', 'gelijkenis'], required: true },
  ],
  prefixes: [],
  groupable: false,
};

/** Lower case, without surrounding `[ ]` and without spaces, `_` and `-` (SPEC §2.1). */
export function normalizeHeader(header: string): string {
  return stripBrackets(header).toLowerCase().replace(/[\s_-]+/g, '');
}

/** The header without surrounding whitespace and square brackets (`[Functiecode]` → `Functiecode`). */
export function stripBrackets(header: string): string {
  const t = header.trim();
  return t.startsWith('[') && t.endsWith(']') ? t.slice(1, -1).trim() : t;
}
