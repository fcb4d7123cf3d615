import { didYouMean, nearest } from '../../diagnostics/diagnostic.js';
import { displayPath } from '../../diagnostics/format-diagnostics.js';
import type { Message } from '../../diagnostics/message.js';
import type { CsvDiagnostics } from './csv-diagnostics.js';
import type { CsvOptions } from './csv-options.js';
import { normalizeHeader, stripBrackets, type FileSpec, type PrefixSpec } from './column-specs.js';

/** Where each known column sits in a file's rows (0-based field indexes). */
export interface HeaderMatch {
  /** Canonical name -> field index. */
  index: Map<string, number>;
  /** `task.<name>` / `skill.<name>` columns with a valid identifier. */
  prefixed: { kind: PrefixSpec['kind']; name: string; index: number }[];
  /** Columns spp does not use, kept for grouping (`--by`). */
  unknown: { name: string; index: number }[];
  /** The header names as written (trimmed). */
  names: string[];
  /** Every name and alias of the file's columns (normalised) -> canonical name. */
  aliases: ReadonlyMap<string, string>;
  /** False when a required column is missing: rows cannot be read. */
  complete: boolean;
}

const IDENTIFIER = /^[a-z0-9_]+$/;

/** The Dutch word for a prefixed column's kind, in messages. */
const KIND_NL: Record<PrefixSpec['kind'], string> = { task: 'taaknaam', skill: 'vaardigheidsnaam' };

/**
 * Matches a header line against a file's column spec: column map first, then canonical names and
 * aliases (case-insensitive, ignoring spaces, `_`, `-` and `[ ]`), then `task.`/`skill.` prefixes.
 * Reports missing required columns, bad identifiers, duplicates and (once) unknown columns.
 */
export function matchHeaders(
  names: string[],
  line: number,
  spec: FileSpec,
  options: CsvOptions,
  diagnostics: CsvDiagnostics,
  /** The `--by` column, if any: it is used, so the notice about unused columns leaves it out. */
  groupBy?: string,
): HeaderMatch {
  const aliasToCanonical = new Map<string, string>();
  for (const column of spec.columns) {
    for (const name of [column.canonical, ...column.aliases]) aliasToCanonical.set(normalizeHeader(name), column.canonical);
  }
  const match: HeaderMatch = { index: new Map(), prefixed: [], unknown: [], names, aliases: aliasToCanonical, complete: true };
  const normalized = names.map(normalizeHeader);
  const taken = new Set<number>();
  const prefixedNames = new Map<string, number>();
  const mapFile = options.columnsFile === undefined ? undefined : displayPath(options.columnsFile);
  const mapSource = mapFile === undefined ? { en: 'the column map', nl: 'de kolomkoppeling' } : { en: `the column map ${mapFile}`, nl: `de kolomkoppeling ${mapFile}` };

  const addPrefixed = (kind: PrefixSpec['kind'], rawName: string, index: number): void => {
    const name = rawName.trim().toLowerCase();
    if (!IDENTIFIER.test(name)) {
      diagnostics.error(
        'CSV_BAD_IDENTIFIER',
        line,
        index + 1,
        {
          en: `'${names[index]}': expected a ${kind} name of lower-case letters, digits and _ (e.g. ${kind}.${suggestIdentifier(name)})`,
          nl: `'${names[index]}': verwacht een ${KIND_NL[kind]} van kleine letters, cijfers en _ (bijvoorbeeld ${kind}.${suggestIdentifier(name)})`,
        },
        names[index],
      );
      return;
    }
    const key = `${kind}.${name}`;
    const first = prefixedNames.get(key);
    if (first !== undefined) {
      diagnostics.warning(
        'CSV_DUPLICATE_COLUMN',
        line,
        index + 1,
        {
          en: `'${names[index]}' is the same ${kind} as column ${first + 1} ('${names[first]}'); the first one is used`,
          nl: `'${names[index]}' is dezelfde ${kind === 'task' ? 'taak' : 'vaardigheid'} als kolom ${first + 1} ('${names[first]}'); de eerste wordt gebruikt`,
        },
        names[index],
      );
      match.unknown.push({ name: names[index]!, index });
      return;
    }
    prefixedNames.set(key, index);
    match.prefixed.push({ kind, name, index });
  };

  // 1. The column map overrides aliases: its entries for every file, then those for this kind of file.
  const mapped = new Map<string, string>([...Object.entries(options.columns ?? {}), ...Object.entries(options.columnsByRole?.[spec.role] ?? {})]);
  for (const [canonical, header] of mapped) {
    const prefix = /^([a-z]+)\.(.+)$/.exec(canonical);
    const prefixSpec = prefix ? spec.prefixes.find((p) => p.words.includes(prefix[1]!)) : undefined;
    const relevant = prefixSpec !== undefined || spec.columns.some((c) => c.canonical === canonical);
    if (!relevant) continue;
    const wanted = normalizeHeader(header);
    const index = normalized.findIndex((n, i) => n === wanted && !taken.has(i));
    if (index === -1) {
      // One map serves every file: a header of the headcount export is not in functions.csv, which
      // has the column under its own name (function_id). That file is read as usual, without a word;
      // only a file with neither the mapped header nor the column itself is warned about.
      const standard = prefixSpec !== undefined ? hasPrefixed(names, prefixSpec, prefix![2]!) : normalized.some((n) => aliasToCanonical.get(n) === canonical);
      if (standard) continue;
      const near = nearest(header, names);
      diagnostics.warning(
        'CSV_MAPPED_COLUMN_NOT_FOUND',
        line,
        0,
        {
          en: `${mapSource.en} maps '${canonical}' to '${header}', but ${spec.title.en} has no such column${near ? `; nearest header: '${near}'` : ''}`,
          nl: `${mapSource.nl} koppelt '${canonical}' aan '${header}', maar ${spec.title.nl} heeft die kolom niet${near ? `; de kolomkop die er het meest op lijkt: '${near}'` : ''}`,
        },
        canonical,
      );
      continue;
    }
    taken.add(index);
    if (prefixSpec !== undefined) addPrefixed(prefixSpec.kind, prefix![2]!, index);
    else match.index.set(canonical, index);
  }

  // 2. Canonical names, aliases and prefixes.
  for (let i = 0; i < names.length; i++) {
    if (taken.has(i) || normalized[i] === '') continue;
    const raw = stripBrackets(names[i]!);
    const prefix = /^([A-Za-z]+)\s*\.\s*(.*)$/.exec(raw);
    const prefixSpec = prefix ? spec.prefixes.find((p) => p.words.includes(prefix[1]!.toLowerCase())) : undefined;
    if (prefixSpec !== undefined) {
      addPrefixed(prefixSpec.kind, prefix![2]!, i);
      continue;
    }
    const canonical = aliasToCanonical.get(normalized[i]!);
    if (canonical === undefined) {
      match.unknown.push({ name: names[i]!, index: i });
    } else if (match.index.has(canonical)) {
      const first = match.index.get(canonical)!;
      diagnostics.warning(
        'CSV_DUPLICATE_COLUMN',
        line,
        i + 1,
        {
          en: `'${names[i]}' and column ${first + 1} ('${names[first]}') both mean '${canonical}'; the first one is used`,
          nl: `'${names[i]}' en kolom ${first + 1} ('${names[first]}') betekenen allebei '${canonical}'; de eerste wordt gebruikt`,
        },
        names[i],
      );
      match.unknown.push({ name: names[i]!, index: i });
    } else {
      match.index.set(canonical, i);
    }
  }

  // 3. Required columns.
  for (const column of spec.columns) {
    if (!column.required || match.index.has(column.canonical)) continue;
    match.complete = false;
    const candidates = match.unknown.map((u) => u.name);
    let near: string | undefined;
    for (const alias of [column.canonical, ...column.aliases]) {
      near = nearest(alias, candidates) ?? candidates.find((c) => normalizeHeader(c).includes(normalizeHeader(alias)));
      if (near !== undefined) break;
    }
    const headers = (lang: 'en' | 'nl'): string => names.filter((n) => n !== '').map((n) => shownHeader(n, lang)).join(', ');
    const found =
      near !== undefined
        ? { en: `the nearest header found is ${shownHeader(near, 'en')}`, nl: `de kolomkop die er het meest op lijkt is ${shownHeader(near, 'nl')}` }
        : { en: `headers found: ${headers('en') || 'none'}`, nl: `gevonden kolomkoppen: ${headers('nl') || 'geen'}` };
    diagnostics.error(
      'CSV_MISSING_COLUMN',
      line,
      0,
      {
        en: `${spec.title.en} has no column '${column.canonical}' (or ${column.aliases.join(', ')}); ${found.en}. A column map (--columns) can name it.`,
        nl: `${spec.title.nl} heeft geen kolom '${column.canonical}' (of ${column.aliases.join(', ')}); ${found.nl}. Een kolomkoppeling (--columns) kan de kolom aanwijzen.`,
      },
      column.canonical,
    );
  }

  const grouped = groupBy === undefined ? undefined : normalizeHeader(groupBy);
  const unused = match.unknown.filter((u) => normalizeHeader(u.name) !== grouped);
  if (unused.length > 0) {
    // Offered for --by only where --by can read them, and never a column that names people or holds a number or date (refused there).
    const offered = spec.groupable ? unused.filter((u) => !identifyingHeader(u.name) && !VALUE_COLUMNS.has(aliasToCanonical.get(normalizeHeader(u.name)) ?? '')) : [];
    const rest = unused.filter((u) => !offered.includes(u));
    const list = (columns: typeof unused, lang: 'en' | 'nl'): string => columns.map((u) => shownHeader(u.name, lang)).join(', ');
    const parts = (lang: 'en' | 'nl'): string[] => {
      const out: string[] = [];
      if (offered.length > 0) out.push(lang === 'en' ? `columns not used by spp (kept for grouping with --by): ${list(offered, 'en')}` : `kolommen die spp niet gebruikt (bewaard om mee te groeperen met --by): ${list(offered, 'nl')}`);
      if (rest.length > 0) {
        const other = offered.length > 0;
        out.push(lang === 'en' ? `${other ? 'other ' : ''}columns not used by spp: ${list(rest, 'en')}` : `${other ? 'andere ' : ''}kolommen die spp niet gebruikt: ${list(rest, 'nl')}`);
      }
      return out;
    };
    diagnostics.notice('CSV_UNKNOWN_COLUMNS', line, unused[0]!.index + 1, { en: parts('en').join('; '), nl: parts('nl').join('; ') });
  }
  return match;
}

/**
 * How a message names column `index`: its header as the user's file writes it, followed by spp's
 * own name in brackets when that differs ("Schaal (level)", "FTE"); `internal` alone when the file
 * has no such column.
 */
export function columnLabel(match: Pick<HeaderMatch, 'names'> | undefined, index: number, internal: string): string {
  const header = index < 0 ? '' : (match?.names[index]?.trim() ?? '');
  if (header === '') return internal;
  return normalizeHeader(header) === normalizeHeader(internal) ? header : `${header} (${internal})`;
}

/**
 * Resolves `--by` to a field index, or reports CSV_BY_UNKNOWN_COLUMN on the header line (naming the
 * headers found and the nearest one) and marks the match incomplete. `what` names the file in the
 * message ("the headcount file", "the export").
 */
export function resolveGroupColumn(groupBy: string, match: HeaderMatch, line: number, diagnostics: CsvDiagnostics, what: Message): number {
  const group = findGroupColumn(groupBy, match);
  if (group !== undefined && identifiesPeople(groupBy, match, group)) {
    match.complete = false;
    diagnostics.error(
      'CSV_BY_IDENTIFIES',
      line,
      group + 1,
      {
        en: `--by ${groupBy}: this column identifies people (an id, a name or a birth date); grouping by it would show one person per group. Group by a department, location or other column with groups of at least privacy.min_group people.`,
        nl: `--by ${groupBy}: deze kolom wijst personen aan (een nummer, een naam of een geboortedatum); groeperen daarop toont één persoon per groep. Groepeer op een afdeling, locatie of andere kolom met groepen van ten minste privacy.min_group personen.`,
      },
      groupBy,
    );
    return -1;
  }
  const value = group === undefined ? undefined : valueColumn(match, group);
  if (group !== undefined && value !== undefined) {
    // A number or date per person makes a group per value ("0.4444", "2026-03-31"), not categories.
    match.complete = false;
    const choices = groupChoices(match);
    const quoted = (lang: 'en' | 'nl'): string => {
      const q = choices.map((n) => `'${n}'`);
      return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} ${lang === 'en' ? 'or' : 'of'} ${q[q.length - 1]!}`;
    };
    const instead =
      choices.length > 0
        ? { en: `in this file: ${quoted('en')}`, nl: `in dit bestand: ${quoted('nl')}` }
        : { en: 'this file has none besides the ones spp reads (add one), or use --by family', nl: 'dit bestand heeft er naast de kolommen die spp leest geen (voeg er een toe), of gebruik --by family' };
    const kind = DATE_COLUMNS.has(value.canonical) ? { en: 'a date', nl: 'een datum' } : { en: 'a number', nl: 'een getal' };
    diagnostics.error(
      'CSV_BY_NUMBER_OR_DATE',
      line,
      group + 1,
      {
        en: `--by ${groupBy}: this column holds ${value.holds.en}: ${kind.en}, not a category; grouping by it would make a group per value. Group by a column of categories, such as a department or location; ${instead.en}.`,
        nl: `--by ${groupBy}: deze kolom bevat ${value.holds.nl}: ${kind.nl}, geen categorie; groeperen daarop geeft een groep per waarde. Groepeer op een kolom met categorieën, zoals een afdeling of locatie; ${instead.nl}.`,
      },
      groupBy,
    );
    return -1;
  }
  if (group !== undefined) return group;
  match.complete = false;
  const choices = groupChoices(match);
  const expected =
    choices.length > 0
      ? {
          en: `expected ${choices.length === 1 ? '' : 'one of '}${choices.map((n) => `'${n}'`).join(', ')}.${didYouMean(groupBy, choices).en}`,
          nl: `verwacht ${choices.length === 1 ? '' : 'een van '}${choices.map((n) => `'${n}'`).join(', ')}.${didYouMean(groupBy, choices).nl}`,
        }
      : { en: 'it has no column of its own to group by besides the ones spp reads (add one, such as a department), or use --by family.', nl: 'het heeft naast de kolommen die spp leest geen kolom om op te groeperen (voeg er een toe, zoals een afdeling), of gebruik --by family.' };
  diagnostics.error(
    'CSV_BY_UNKNOWN_COLUMN',
    line,
    0,
    {
      en: `--by ${groupBy}: ${what.en} has no such column; ${expected.en}`,
      nl: `--by ${groupBy}: ${what.nl} heeft die kolom niet; ${expected.nl}`,
    },
    groupBy,
  );
  return -1;
}

/**
 * The headers `--by` can group by: the ones the CSV_UNKNOWN_COLUMNS notice keeps for --by (the
 * file's own columns spp does not read) and spp's columns that hold groups (organisation, contract)
 * — never one that names people or holds a number or date (refused). spp's other columns — function
 * code, FTE, hours, birth date, contract end, id — made a typo's list mostly columns that are
 * refused or make no groups (probe).
 */
function groupChoices(match: HeaderMatch): string[] {
  const unknown = new Set(match.unknown.map((u) => u.index));
  const groups = new Set(GROUP_COLUMNS.map((c) => match.index.get(c)));
  return match.names.filter((n, i) => n.trim() !== '' && (unknown.has(i) || groups.has(i)) && !identifyingHeader(n) && !VALUE_COLUMNS.has(match.aliases.get(normalizeHeader(n)) ?? ''));
}

/**
 * The number or date column spp reads at `index` (by the column it was matched to, else by its
 * header: a second `Deeltijdfactor` beside `FTE`), or undefined for a column of categories.
 */
function valueColumn(match: HeaderMatch, index: number): { canonical: string; holds: Message } | undefined {
  let canonical: string | undefined;
  for (const [name, i] of match.index) if (i === index) canonical = name;
  canonical ??= match.aliases.get(normalizeHeader(match.names[index] ?? ''));
  const holds = canonical === undefined ? undefined : VALUE_COLUMNS.get(canonical);
  return holds === undefined ? undefined : { canonical: canonical!, holds };
}

/** spp's columns read as a number or a date for each row: `--by` refuses them (no categories). */
const VALUE_COLUMNS: ReadonlyMap<string, Message> = new Map([
  ['fte', { en: "each person's FTE (part-time factor)", nl: 'de deeltijdfactor (fte) van elke persoon' }],
  ['hours_per_week', { en: "each person's hours per week", nl: 'de uren per week van elke persoon' }],
  ['age', { en: "each person's age", nl: 'de leeftijd van elke persoon' }],
  ['birth_year', { en: "each person's birth year", nl: 'het geboortejaar van elke persoon' }],
  ['count', { en: 'the number of people on each line', nl: 'het aantal personen op elke regel' }],
  ['contract_end', { en: "the date each person's contract ends", nl: 'de einddatum van het contract van elke persoon' }],
  ['start_date', { en: 'the date each appointment starts', nl: 'de begindatum van elke aanstelling' }],
  ['end_date', { en: 'the date each appointment ends', nl: 'de einddatum van elke aanstelling' }],
]);
const DATE_COLUMNS: ReadonlySet<string> = new Set(['contract_end', 'start_date', 'end_date']);

/** spp's own columns whose values are groups of people, offered for `--by` beside the file's unknown columns. */
const GROUP_COLUMNS = ['organisation', 'contract'];

/** Headers (normalised) that name or number a person; grouping by them shows individuals (#13 privacy). */
const IDENTIFYING_HEADERS = new Set([
  'naam', 'name', 'voornaam', 'achternaam', 'roepnaam', 'voorletters', 'tussenvoegsel', 'fullname', 'firstname', 'lastname',
  'volledigenaam', 'geslachtsnaam', 'bsn', 'burgerservicenummer', 'email', 'emailadres', 'mail', 'adres', 'address',
  'postcode', 'telefoon', 'telefoonnummer', 'phone', 'mobiel', 'iban', 'dossiernummer', 'personeelsnummer',
  'medewerkernummer', 'medewerker', 'werknemer', 'werknemersnummer', 'employee', 'employeenumber', 'employeeid',
  'persnr', 'personid', 'id',
]);

/** True when the `--by` column is a person's id, birth date or name (canonical or by its header). */
function identifiesPeople(groupBy: string, match: HeaderMatch, index: number): boolean {
  for (const canonical of ['employee_id', 'birth_date']) if (match.index.get(canonical) === index) return true;
  return identifyingHeader(match.names[index] ?? groupBy);
}

/** True when a header names or numbers a person, or is a birth date: `--by` refuses it. */
function identifyingHeader(name: string): boolean {
  const header = normalizeHeader(name);
  return IDENTIFYING_HEADERS.has(header) || /geboorte|birth/.test(header);
}

/** Resolves `--by` to a field index: a canonical name that was matched, a raw header name, or an alias of a matched column. */
function findGroupColumn(groupBy: string, match: HeaderMatch): number | undefined {
  const direct = match.index.get(groupBy);
  if (direct !== undefined) return direct;
  const wanted = normalizeHeader(groupBy);
  const i = match.names.findIndex((n) => normalizeHeader(n) === wanted);
  if (i !== -1) return i;
  // Another name of a column the file has under its own header (`--by Deeltijdfactor` where it says `FTE`).
  const canonical = match.aliases.get(wanted);
  return canonical === undefined ? undefined : match.index.get(canonical);
}

/** True when a header is the prefixed column `<kind>.<name>` under one of its words (`task.admin`, `Taak . Admin`). */
function hasPrefixed(names: readonly string[], prefixSpec: PrefixSpec, name: string): boolean {
  return names.some((header) => {
    const m = /^([A-Za-z]+)\s*\.\s*(.*)$/.exec(stripBrackets(header));
    return m !== null && prefixSpec.words.includes(m[1]!.toLowerCase()) && m[2]!.trim().toLowerCase() === name;
  });
}

function suggestIdentifier(name: string): string {
  const s = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return s === '' ? 'my_name' : s;
}

/**
 * A header quoted in a message, or a placeholder when it does not look like a column name (#13
 * class 4): a file that is not an export at all (`data.functions: /etc/passwd`) must not have its
 * first line echoed into a CI log. Column names are short words; a line with `:`, `=`, `$`, `*` or a
 * long unbroken token (a hash, a key) is content.
 */
function shownHeader(name: string, lang: 'en' | 'nl'): string {
  const content = name.length > 60 || /[:=$*@{}<>\\]/.test(name) || /[A-Za-z0-9+/_-]{32,}/.test(name);
  if (!content) return `'${name}'`;
  return lang === 'nl' ? '(een kolomkop die niet op een kolomnaam lijkt, niet getoond)' : '(a header that does not look like a column name, not shown)';
}
