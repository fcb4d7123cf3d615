import type { FileSpec } from '../csv/column-specs.js';

/**
 * Columns of the HR-system exports the presets read (SPEC §2.1). Headers are matched like every
 * CSV header (case-insensitive, ignoring spaces, `_`, `-` and `[ ]`), so `[Uren per week]` matches
 * `uren_per_week`; a column map (--columns) may name these canonical columns too, at its top level or
 * under `headcount:` (io/column-map.ts).
 */

/** Visma|Raet HR Core Medewerker.csv: one row per person. */
export const RAET_PERSONS_FILE: FileSpec = {
  title: { en: 'the Medewerker.csv (raet-hrcore)', nl: 'Medewerker.csv (raet-hrcore)' },
  role: 'headcount',
  columns: [
    { canonical: 'employee_id', aliases: ['dossiernummer', 'persoonsnummer', 'personeelsnummer', 'medewerker_id'], required: true },
    { canonical: 'birth_date', aliases: ['geboortedatum'], required: true },
  ],
  prefixes: [],
  groupable: false,
};

/** Visma|Raet HR Core Aanstellingen.csv: one row per appointment, several per person. */
export const RAET_APPOINTMENTS_FILE: FileSpec = {
  title: { en: 'the Aanstellingen.csv (raet-hrcore)', nl: 'Aanstellingen.csv (raet-hrcore)' },
  role: 'headcount',
  columns: [
    { canonical: 'employee_id', aliases: ['dossiernummer', 'persoonsnummer', 'personeelsnummer', 'medewerker_id'], required: true },
    { canonical: 'function_id', aliases: ['functiecode', 'functie_code', 'functie_id'], required: true },
    { canonical: 'hours_per_week', aliases: ['uren_per_week', 'uren', 'arbeidsduur'], required: true },
    { canonical: 'start_date', aliases: ['begindatum', 'ingangsdatum', 'begindatum_aanstelling'], required: true },
    { canonical: 'end_date', aliases: ['einddatum', 'einddatum_aanstelling'] },
    { canonical: 'contract', aliases: ['soort_contract', 'soortcontract', 'contractsoort', 'dienstverband'] },
    // Beside a coded [Soort contract] (01, 02): its words, which say permanent or temporary.
    { canonical: 'contract_description', aliases: ['omschrijving_soort_contract', 'omschrijving_contract', 'omschrijving_contractsoort', 'contract_omschrijving', 'soort_contract_omschrijving', 'contract_description'] },
    { canonical: 'main', aliases: ['indicatie_hoofdaanstelling', 'hoofdaanstelling'] },
  ],
  prefixes: [],
  groupable: true,
};

/** Visma|Raet HR Core Functie.csv: function codes and names. */
export const RAET_FUNCTIONS_FILE: FileSpec = {
  title: { en: 'the Functie.csv (raet-hrcore)', nl: 'Functie.csv (raet-hrcore)' },
  role: 'headcount',
  columns: [
    { canonical: 'function_id', aliases: ['functiecode', 'functie_code', 'code'], required: true },
    { canonical: 'name', aliases: ['functienaam', 'functieomschrijving', 'omschrijving', 'naam'], required: true },
  ],
  prefixes: [],
  groupable: false,
};

/** AFAS Profit connector export: one row per person and function period. */
export const AFAS_FILE: FileSpec = {
  title: { en: 'the AFAS export (afas)', nl: 'de AFAS-export (afas)' },
  role: 'headcount',
  columns: [
    { canonical: 'employee_id', aliases: ['medewerker', 'medewerker_id', 'personeelsnummer'], required: true },
    { canonical: 'function_id', aliases: ['functie_code', 'functiecode'], required: true },
    { canonical: 'function_name', aliases: ['functie_omschrijving', 'functieomschrijving'] },
    { canonical: 'fte', aliases: ['deeltijdfactor'] },
    { canonical: 'hours_per_week', aliases: ['uren_per_week', 'uren'] },
    { canonical: 'start_date', aliases: ['begindatum_functie'], required: true },
    { canonical: 'end_date', aliases: ['einddatum_functie'] },
    { canonical: 'birth_date', aliases: ['geboortedatum'], required: true },
    { canonical: 'contract', aliases: ['type_contract', 'soort_contract', 'dienstverband'] },
    { canonical: 'contract_end', aliases: ['einddatum_contract'] },
  ],
  prefixes: [],
  groupable: true,
};
