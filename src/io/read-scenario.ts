import type { DiagnosticCode } from '../diagnostics/codes.js';
import { inputFileProblem } from './input-file.js';
import { fsReason } from './fs-errors.js';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { diagnosticsFor, didYouMean, samePastLeadingZeros, type Checked, type Diagnostic } from '../diagnostics/diagnostic.js';
import { localNumber, type Message } from '../diagnostics/message.js';
import { ScenarioSchema, type Scenario } from '../domain/scenario-schema.js';
import { listItemIdentity } from '../domain/scenario-paths.js';
import { locateIn, mergeLocated, nodeAt, parseLocatedYaml, toPlain, type Location, type LocatedNode } from './yaml-located.js';

/**
 * Reads a scenario file (SPEC §2.4): YAML with positions, the `extends` chain merged (maps merge,
 * lists replace), then the zod schema. Every problem is a diagnostic at the file, line and column
 * of the offending key or value; it never throws for bad input.
 */

export type ScenarioPath = readonly (string | number)[];

/** A scenario read from disk, with what is needed to point back into its files. */
export interface LoadedScenario {
  scenario: Scenario;
  /** The extends chain, absolute paths, this file first. */
  files: string[];
  /** Where the value at `path` was written (its key with part 'key'); a missing key points at its parent map. */
  locate(path: ScenarioPath, part?: 'value' | 'key'): Location;
  /** Directory of the scenario file (absolute). */
  dir: string;
  /** Data paths, absolute, each resolved relative to the file that set it. */
  dataPaths: { functions?: string; headcount?: string; columns?: string; similarity?: string };
  /** The merged document before defaults (for the report's assumptions appendix). */
  raw: unknown;
}

/**
 * A scenario read from disk: value is null when it cannot be used. `partial` is the same scenario
 * with the values the schema refused left out (their defaults instead), when what is left is still a
 * scenario: `spp validate` checks its references and data too, so one run shows every problem.
 */
type ReadScenarioResult = Checked<LoadedScenario | null> & { partial?: LoadedScenario; numbersForText?: NumberForText[] };

/** A number written where a text was expected (`function: 260`), as written, and the diagnostic that says so. */
export interface NumberForText {
  diagnostic: Diagnostic;
  written: string;
}

/**
 * `function: 260` where the functions file has 000260 (or 260): YAML read the number 260, the writer
 * meant the id. Each such diagnostic in `diagnostics` (replaced in place) gets the hint to write the known
 * id in quotes, as a key written `000260:` gets (YAML_KEY_NOT_AS_WRITTEN). Called once the
 * functions file is read.
 */
export function hintPaddedIds(diagnostics: Diagnostic[], numbers: readonly NumberForText[] | undefined, ids: readonly string[]): void {
  for (const { diagnostic, written } of numbers ?? []) {
    const id = ids.includes(written) ? written : samePastLeadingZeros(written, ids);
    const at = diagnostics.indexOf(diagnostic);
    if (id === undefined || at < 0) continue;
    diagnostics[at] = {
      ...diagnostic,
      message: `${diagnostic.message}. The functions file has '${id}': write it in quotes: '${id}'`,
      messageNl: `${diagnostic.messageNl}. Het functiebestand kent '${id}': schrijf het tussen aanhalingstekens: '${id}'`,
    };
  }
}

/** Reads, merges and validates a scenario file; value is null when it cannot be used. */
export async function readScenario(path: string): Promise<ReadScenarioResult> {
  const file = resolve(path);
  const tree = await readTree(file, []);
  const diagnostics = [...tree.diagnostics];
  if (tree.value === null) return { value: null, diagnostics };
  const { root, files } = tree.value;
  const raw = toPlain(root);
  const locate = (p: ScenarioPath, part: 'value' | 'key' = 'value'): Location => locateIn(root, p, part);

  diagnostics.push(...thousandsPoints(root));
  const standIn = protoStandIn(raw);
  const parsed = ScenarioSchema.safeParse(hideProtoKeys(raw, standIn));
  if (!parsed.success) {
    const numbersForText: NumberForText[] = [];
    diagnostics.push(...issuesToDiagnostics(parsed.error.issues.map((issue) => showProtoKeys(issue, standIn)), root, locate, numbersForText));
    const partial = partialScenario(hideProtoKeys(raw, standIn), parsed.error.issues);
    if (partial === null) return { value: null, diagnostics, numbersForText };
    return { value: null, diagnostics, numbersForText, partial: loadedScenario(ownKeysOnly(partial, standIn) as Scenario, root, files, file, raw) };
  }
  return { value: loadedScenario(ownKeysOnly(parsed.data, standIn) as Scenario, root, files, file, raw), diagnostics };
}

/** The parts of a loaded scenario that point back into its files. */
function loadedScenario(scenario: Scenario, root: LocatedNode, files: string[], file: string, raw: unknown): LoadedScenario {
  const locate = (p: ScenarioPath, part: 'value' | 'key' = 'value'): Location => locateIn(root, p, part);
  const dataPaths: LoadedScenario['dataPaths'] = {};
  const resolveFrom = (p: ScenarioPath): string | undefined => {
    const node = nodeAt(root, p);
    if (node?.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
    return resolve(dirname(node.origin.file), node.value);
  };
  const functions = resolveFrom(['data', 'functions']);
  const headcount = resolveFrom(['data', 'headcount']);
  const columns = resolveFrom(['data', 'columns']);
  const similarity = resolveFrom(['reskilling', 'similarity']);
  if (functions !== undefined) dataPaths.functions = functions;
  if (headcount !== undefined) dataPaths.headcount = headcount;
  if (columns !== undefined) dataPaths.columns = columns;
  if (similarity !== undefined) dataPaths.similarity = similarity;
  return { scenario, files, locate, dir: dirname(file), dataPaths, raw };
}

/**
 * The scenario without the values the schema refused: each refused value is left out (a list
 * with a refused item as a whole, since its indices locate messages), and the rest parsed again,
 * a few rounds at most. Null when the id or horizon is refused — without a horizon the data cannot
 * be read for the right year.
 */
function partialScenario(input: unknown, first: readonly Issue[]): z.output<typeof ScenarioSchema> | null {
  const current = structuredClone(input) as Record<string, unknown>;
  let issues = first;
  for (let round = 0; round < 6; round++) {
    for (const issue of issues) {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) removeAt(current, [...path, key]);
        continue;
      }
      const top = path[0];
      if (top === undefined || top === 'id' || top === 'horizon') return null;
      const list = path.findIndex((step) => typeof step === 'number');
      const target = list > 0 ? path.slice(0, list) : path;
      if (!removeAt(current, target) && target.length > 1) removeAt(current, target.slice(0, -1));
    }
    const parsed = ScenarioSchema.safeParse(current);
    if (parsed.success) return parsed.data;
    issues = parsed.error.issues;
  }
  return null;
}

/** Deletes the value at `path` of a plain object tree; false when there was none. */
function removeAt(root: Record<string, unknown>, path: readonly (string | number)[]): boolean {
  let node: unknown = root;
  for (const step of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  const last = path[path.length - 1];
  if (last === undefined || node === null || typeof node !== 'object' || !Object.hasOwn(node, last)) return false;
  delete (node as Record<string | number, unknown>)[last];
  return true;
}

/** Reads one file and, recursively, the files it extends; `chain` holds the files that extend it. */
async function readTree(file: string, chain: readonly string[]): Promise<Checked<{ root: LocatedNode; files: string[] } | null>> {
  const own = await readOwnTree(file);
  if (own.value === null) return { value: null, diagnostics: own.diagnostics };
  const root = own.value;
  const diagnostics = [...own.diagnostics];
  const extendsNode = root.kind === 'map' ? root.entries.get('extends') : undefined;
  if (extendsNode === undefined || extendsNode.kind !== 'scalar' || typeof extendsNode.value !== 'string') {
    // A non-string `extends` is reported by the schema.
    return { value: { root, files: [file] }, diagnostics };
  }
  const { error, list } = diagnosticsFor(file);
  const at = extendsNode.origin;
  if (extendsNode.value.trim() === '') {
    // An empty path resolves to the scenario's own folder ("cannot read : it is a folder").
    error('SCENARIO_EXTENDS_MISSING', at.line, at.column, { en: 'extends: expected the file name of the scenario this one builds on (e.g. extends: baseline.yaml), found an empty text; leave extends out if it builds on none', nl: 'extends: verwacht de bestandsnaam van het scenario waarop dit voortbouwt (bijvoorbeeld extends: baseline.yaml), maar vond een lege tekst; laat extends weg als het op geen enkel scenario voortbouwt' }, 'extends');
    return { value: null, diagnostics: [...diagnostics, ...list] };
  }
  const parentFile = resolve(dirname(file), extendsNode.value);
  if (parentFile === file || chain.includes(parentFile)) {
    const loop = [...chain, file];
    const names = [...loop.slice(loop.indexOf(parentFile)), parentFile].map((f) => basename(f));
    error('SCENARIO_EXTENDS_CYCLE', at.line, at.column, { en: `extends makes a cycle: ${names.join(' → ')}`, nl: `extends maakt een kringloop: ${names.join(' → ')}` }, 'extends');
    return { value: null, diagnostics: [...diagnostics, ...list] };
  }
  const problem = inputFileProblem(parentFile);
  if (problem !== null) {
    error('SCENARIO_EXTENDS_MISSING', at.line, at.column, { en: `extends: cannot read ${extendsNode.value}: ${problem.en} (looked for ${parentFile})`, nl: `extends: kan ${extendsNode.value} niet lezen: ${problem.nl} (gezocht naar ${parentFile})` }, 'extends');
    return { value: null, diagnostics: [...diagnostics, ...list] };
  }
  const parent = await readTree(parentFile, [...chain, file]);
  // A parent that exists but cannot be read (permission denied) is a problem of this file's `extends`, located there.
  for (const d of parent.diagnostics) {
    if (d.code !== 'SCENARIO_NOT_FOUND') {
      diagnostics.push(d);
      continue;
    }
    const why = { en: d.message.replace(/^cannot read the scenario file: /, ''), nl: (d.messageNl ?? d.message).replace(/^kan het scenariobestand niet lezen: /, '') };
    error('SCENARIO_EXTENDS_MISSING', at.line, at.column, { en: `extends: cannot read ${extendsNode.value}: ${why.en} (looked for ${parentFile})`, nl: `extends: kan ${extendsNode.value} niet lezen: ${why.nl} (gezocht naar ${parentFile})` }, 'extends');
    diagnostics.push(...list.splice(0));
  }
  if (parent.value === null) return { value: null, diagnostics };
  diagnostics.push(...replacedListItems(parent.value.root, root, file));
  return { value: { root: mergeLocated(parent.value.root, root), files: [file, ...parent.value.files] }, diagnostics };
}

/**
 * Maps merge and lists replace along `extends`: a child that gives `demand.growth` for one family
 * drops the parent's rules for the others, which a reader of the child file easily takes for an
 * addition. Each list the child gives that leaves out items the parent's list has (named as in spp
 * compare: `family=Sociaal domein`, an id, a function code) gets a notice at the child's list, naming
 * them and where the parent has them. An empty list (`growth: []`) says "none" on purpose: no notice.
 */
function replacedListItems(parent: LocatedNode, child: LocatedNode, file: string, path: readonly string[] = []): Diagnostic[] {
  if (parent.kind === 'map' && child.kind === 'map') {
    return [...child.entries].flatMap(([key, value]) => {
      const base = parent.entries.get(key);
      return base === undefined ? [] : replacedListItems(base, value, file, [...path, key]);
    });
  }
  if (parent.kind !== 'seq' || child.kind !== 'seq' || child.items.length === 0) return [];
  const kept = new Set(child.items.map((item) => listItemIdentity(toPlain(item))));
  const dropped = parent.items.flatMap((item) => {
    const name = listItemIdentity(toPlain(item));
    return name !== null && !kept.has(name) ? [{ name, origin: item.origin }] : [];
  });
  if (dropped.length === 0) return [];
  const { notice, list } = diagnosticsFor(file);
  const where = ({ name, origin }: (typeof dropped)[number]) => `${name} (${basename(origin.file)}:${origin.line})`;
  // A few by name (a list of hundreds would make one unreadable line), then how many more.
  const SHOWN = 5;
  const more = dropped.length - SHOWN;
  const names = dropped.slice(0, SHOWN).map(where).join(', ');
  const rest = more > 0 ? { en: ` and ${more} more`, nl: ` en ${more} andere` } : { en: '', nl: '' };
  const from = basename(parent.origin.file);
  const dotted = path.join('.');
  // At the list's key (`growth:`), where a block list's own position is its first item.
  notice(
    'SCENARIO_LIST_REPLACED',
    child.origin.keyLine ?? child.origin.line,
    child.origin.keyColumn ?? child.origin.column,
    {
      en: `${dotted} replaces the list of ${from} (lists replace, maps merge): ${names}${rest.en} ${dropped.length > 1 ? 'no longer apply' : 'no longer applies'} in this scenario; repeat ${dropped.length > 1 ? 'them' : 'it'} here to keep ${dropped.length > 1 ? 'them' : 'it'}`,
      nl: `${dotted} vervangt de lijst uit ${from} (lijsten worden vervangen, blokken samengevoegd): ${names}${rest.nl} ${dropped.length > 1 ? 'gelden' : 'geldt'} in dit scenario niet meer; herhaal ${dropped.length > 1 ? 'ze' : 'hem'} hier om ${dropped.length > 1 ? 'ze' : 'hem'} te houden`,
    },
    dotted,
  );
  return list;
}

/**
 * zod drops a record key `__proto__` (a function id like any other to a user: its transitions were
 * silently lost), so it is validated under a stand-in name and given back afterwards. The stand-in
 * is itself a valid name (`__proto___`, lower-case letters and _), so a task category, skill or
 * label key `__proto__` passes the schema's name check as `constructor` does — a stand-in with a NUL
 * in it was refused with "expected a name of lower-case letters, digits and _", which `__proto__`
 * is — and one more `_` is added while the file already uses it as a key.
 */
function protoStandIn(raw: unknown): string {
  const keys = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        keys.add(k);
        walk(v);
      }
    }
  };
  walk(raw);
  let standIn = '__proto___';
  while (keys.has(standIn)) standIn += '_';
  return standIn;
}

function hideProtoKeys(value: unknown, standIn: string): unknown {
  if (Array.isArray(value)) return value.map((v) => hideProtoKeys(v, standIn));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === '__proto__' ? standIn : k, hideProtoKeys(v, standIn)]));
}

function showProtoKeys<T extends z.core.$ZodIssue>(issue: T, standIn: string): T {
  const name = (k: PropertyKey): PropertyKey => (k === standIn ? '__proto__' : k);
  const keys = (issue as { keys?: string[] }).keys;
  return { ...issue, path: issue.path.map(name), ...(keys !== undefined ? { keys: keys.map(name) } : {}) };
}

/**
 * The parsed scenario with every object prototype-free and `__proto__` back under its own name, so
 * every id is an ordinary key: a lookup of `constructor` finds nothing instead of Object's
 * constructor (#13).
 */
function ownKeysOnly(value: unknown, standIn: string): unknown {
  if (Array.isArray(value)) return value.map((v) => ownKeysOnly(v, standIn));
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k === standIn ? '__proto__' : k] = ownKeysOnly(v, standIn);
  return out;
}

const FOLDER_NOT_FILE: Message = { en: 'expected a scenario file, found a folder', nl: 'verwacht een scenariobestand, maar vond een map' };

/** One file's bytes → located tree; null (with diagnostics) when it is not a YAML map. */
async function readOwnTree(file: string): Promise<Checked<LocatedNode | null>> {
  const { error, list } = diagnosticsFor(file);
  let bytes: Buffer;
  const problem = inputFileProblem(file);
  if (problem !== null) {
    error('SCENARIO_NOT_FOUND', 0, 0, problem.en.startsWith('it is a folder') ? FOLDER_NOT_FILE : { en: `cannot read the scenario file: ${problem.en}`, nl: `kan het scenariobestand niet lezen: ${problem.nl}` });
    return { value: null, diagnostics: list };
  }
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // "permission denied", not "(EACCES)": the same sentence as every other file-system failure.
    const reason = fsReason(e);
    error('SCENARIO_NOT_FOUND', 0, 0, code === 'EISDIR' ? FOLDER_NOT_FILE : { en: `cannot read the scenario file: ${reason.en}`, nl: `kan het scenariobestand niet lezen: ${reason.nl}` });
    return { value: null, diagnostics: list };
  }
  if (bytes.includes(0)) {
    error('SCENARIO_BINARY', 1, 1, { en: 'expected a YAML text file, found binary data', nl: 'verwacht een YAML-tekstbestand, maar vond binaire gegevens' });
    return { value: null, diagnostics: list };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Where the first invalid byte is, in characters (U+FFFD marks it in a lenient decoding).
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const line = before.split('\n').length;
    const column = before.length - (before.lastIndexOf('\n') + 1) + 1;
    error('SCENARIO_ENCODING', line, column, { en: 'expected UTF-8 text; save the file as UTF-8', nl: 'verwacht UTF-8-tekst; sla het bestand op als UTF-8' });
    return { value: null, diagnostics: list };
  }
  const parsed = parseLocatedYaml(text, file);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { value: null, diagnostics: parsed.diagnostics };
  const root = parsed.value;
  if (root === null || (root.kind === 'scalar' && root.value === null)) {
    error('SCENARIO_EMPTY', 1, 1, { en: 'the scenario file is empty: expected a map with at least id and horizon', nl: 'het scenariobestand is leeg: verwacht een map met ten minste id en horizon' });
    return { value: null, diagnostics: [...parsed.diagnostics, ...list] };
  }
  if (root.kind !== 'map') {
    // A short value is quoted; a long one (a whole file read as one text) is not echoed back.
    const shown = root.kind === 'scalar' ? (JSON.stringify(root.value) ?? String(root.value)) : '';
    const found: Message =
      root.kind === 'seq'
        ? { en: 'a list', nl: 'een lijst' }
        : shown.length <= 40 && !shown.includes('\\n')
          ? { en: `a single value (${shown})`, nl: `één losse waarde (${shown})` }
          : { en: 'a single value (a long text: is the first line indented or quoted?)', nl: 'één losse waarde (een lange tekst: is de eerste regel ingesprongen of tussen aanhalingstekens gezet?)' };
    error('SCENARIO_NOT_A_MAP', root.origin.line, root.origin.column, {
      en: `expected a map of scenario keys (id, horizon, …) at the top level, found ${found.en}`,
      nl: `verwacht bovenaan een map met scenariosleutels (id, horizon, …), maar vond ${found.nl}`,
    });
    return { value: null, diagnostics: [...parsed.diagnostics, ...list] };
  }
  return { value: root, diagnostics: parsed.diagnostics };
}

// ——— zod issues → diagnostics ———

type Issue = z.core.$ZodIssue;

/** Turns zod issues into located diagnostics with messages for humans. */
function issuesToDiagnostics(issues: readonly Issue[], root: LocatedNode, locate: (p: ScenarioPath, part?: 'value' | 'key') => Location, numbersForText: NumberForText[] = []): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: DiagnosticCode, path: ScenarioPath, part: 'value' | 'key', message: Message, shownPath: ScenarioPath = path): void => {
    const at = locate(path, part);
    out.push({ code, severity: 'error', file: at.file, line: at.line, column: at.column, path: dotted(shownPath), message: message.en, messageNl: message.nl });
  };
  /** A sentence without the final full stop an empty hint leaves. */
  const trim = (m: Message): Message => ({ en: m.en.replace(/\.$/, ''), nl: m.nl.replace(/\.$/, '') });
  /** Lists already explained as split by decimal commas: the first problem in a list says it, once. */
  const explained = new Set<LocatedNode>();
  const listHint = (path: ScenarioPath): Message => {
    const node = nodeAt(root, path);
    const listPath = node?.kind === 'seq' ? path : path.slice(0, -1);
    const list = node?.kind === 'seq' ? node : typeof path.at(-1) === 'number' ? nodeAt(root, listPath) : undefined;
    // Only where a list of numbers is allowed ([low, likely, high]): elsewhere `[12,000]` is no slip of the comma.
    if (list?.kind !== 'seq' || explained.has(list) || !takesTriangleAt(listPath)) return { en: '', nl: '' };
    const hint = decimalCommasInList(list);
    if (hint === undefined) return { en: '', nl: '' };
    explained.add(list);
    return hint;
  };
  const explainedList = (path: ScenarioPath): boolean => {
    const node = nodeAt(root, path);
    return node !== undefined && explained.has(node);
  };
  const visit = (issue: Issue, base: ScenarioPath): void => {
    const path = [...base, ...(issue.path as (string | number)[])];
    // zod reports a list's length before its items: once the list is explained as split by decimal
    // commas, an item's own error (`rate[1]: … found 5` for the 5 of 0,5) is an artefact of that split.
    if (typeof path.at(-1) === 'number' && explainedList(path.slice(0, -1))) return;
    const where: Message = path.length === 0 ? { en: 'the scenario', nl: 'het scenario' } : { en: dotted(path), nl: dotted(path) };
    const value = valueAt(root, path);
    const found = describe(value);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const valid = validKeysAt(path);
        for (const key of issue.keys) {
          const allowed: Message = valid.length > 0 ? { en: ` Allowed: ${valid.join(', ')}.`, nl: ` Toegestaan: ${valid.join(', ')}.` } : { en: '', nl: '' };
          const comma = splitByDecimalComma(nodeAt(root, path), key);
          if (comma !== undefined) {
            push('SCENARIO_UNKNOWN_KEY', [...path, key], 'key', { en: `${where.en}: ${comma.en}`, nl: `${where.nl}: ${comma.nl}` });
            continue;
          }
          if (!looksLikeKey(key)) {
            // A file that is not a scenario (`extends: /etc/shadow`): its lines are not echoed into a CI log (#13 class 4).
            push(
              'SCENARIO_UNKNOWN_KEY',
              [...path, key],
              'key',
              {
                en: `an unknown key in ${where.en} that does not look like a scenario key (not shown: is this file a scenario?).${allowed.en}`,
                nl: `een onbekende sleutel in ${where.nl} die niet op een scenariosleutel lijkt (niet getoond: is dit bestand een scenario?).${allowed.nl}`,
              },
              path,
            );
            continue;
          }
          const hint = didYouMean(key, valid);
          const tail = hint.en === '' ? allowed : hint;
          push('SCENARIO_UNKNOWN_KEY', [...path, key], 'key', { en: `unknown key '${key}' in ${where.en}.${tail.en}`, nl: `onbekende sleutel '${key}' in ${where.nl}.${tail.nl}` });
        }
        return;
      }
      case 'invalid_type': {
        if (value === undefined) {
          const key = path[path.length - 1];
          const parent = path.slice(0, -1);
          const expected = expectedName(issue.expected);
          push('SCENARIO_MISSING_KEY', path, 'value', {
            en: `missing key '${String(key)}' in ${parent.length === 0 ? 'the scenario' : dotted(parent)}: expected ${expected.en}`,
            nl: `sleutel '${String(key)}' ontbreekt in ${parent.length === 0 ? 'het scenario' : dotted(parent)}: verwacht ${expected.nl}`,
          });
          return;
        }
        // `{ analyse: 0,4, advies: 0,6 }` in a map of numbers: the decimal comma made a key '4' without a value.
        const comma = value === null && typeof path.at(-1) === 'string' ? splitByDecimalComma(nodeAt(root, path.slice(0, -1)), String(path.at(-1))) : undefined;
        if (comma !== undefined) {
          push('SCENARIO_WRONG_TYPE', path, 'key', { en: `${dotted(path.slice(0, -1))}: ${comma.en}`, nl: `${dotted(path.slice(0, -1))}: ${comma.nl}` });
          return;
        }
        const expected = expectedName(issue.expected);
        const written = issue.expected === 'string' && typeof value === 'number' ? nodeAt(root, path)?.origin.text : undefined;
        const quote = written !== undefined && written !== String(value) ? quoteHint(written) : { en: '', nl: '' };
        const hint = join(join(dutchNumberHint(value, path), listHint(path)), quote);
        push('SCENARIO_WRONG_TYPE', path, 'value', trim({ en: `${where.en}: expected ${expected.en}, found ${found.en}.${hint.en}`, nl: `${where.nl}: verwacht ${expected.nl}, maar vond ${found.nl}.${hint.nl}` }));
        // Written as its value (`260`): a known id with leading zeros (000260) is looked for once the functions file is read.
        if (written !== undefined && quote.en === '') numbersForText.push({ diagnostic: out.at(-1)!, written });
        return;
      }
      case 'too_small':
      case 'too_big': {
        const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        if (issue.origin === 'array' || issue.origin === 'set') {
          const items: Message = issue.code === 'too_small' ? { en: `at least ${bound}`, nl: `ten minste ${localNumber(bound, 'nl')}` } : { en: `at most ${bound}`, nl: `ten hoogste ${localNumber(bound, 'nl')}` };
          const hint = listHint(path);
          push('SCENARIO_OUT_OF_RANGE', path, 'value', {
            en: `${where.en}: expected ${items.en} item${bound === 1 ? '' : 's'}, found ${found.en}${hint.en === '' ? '' : `.${hint.en}`}`,
            nl: `${where.nl}: verwacht ${items.nl} ${bound === 1 ? 'element' : 'elementen'}, maar vond ${found.nl}${hint.nl === '' ? '' : `.${hint.nl}`}`,
          });
          return;
        }
        if (issue.origin === 'string') {
          push('SCENARIO_INVALID_VALUE', path, 'value', { en: `${where.en}: expected a non-empty text`, nl: `${where.nl}: verwacht een tekst die niet leeg is` });
          return;
        }
        const op = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
        // Not inside a list: [1,2,3] may be a decimal comma that split numbers as well as percentages.
        const hint = join(listHint(path), typeof path[path.length - 1] === 'string' ? percentHint(issue.code === 'too_big' ? bound : undefined, value) : { en: '', nl: '' });
        push('SCENARIO_OUT_OF_RANGE', path, 'value', { en: `${where.en}: expected a number ${op} ${bound}, found ${found.en}${hint.en === '' ? '' : `.${hint.en}`}`, nl: `${where.nl}: verwacht een getal ${op} ${localNumber(bound, 'nl')}, maar vond ${found.nl}${hint.nl === '' ? '' : `.${hint.nl}`}` });
        return;
      }
      case 'invalid_format':
        push('SCENARIO_INVALID_VALUE', path, 'value', { en: `${where.en}: ${issue.message ?? 'invalid format'}, found ${found.en}`, nl: `${where.nl}: ${schemaMessageNl(issue.message ?? 'invalid format')}, maar vond ${found.nl}` });
        return;
      case 'invalid_value': {
        const options = issue.values.map(String);
        const hint = typeof value === 'string' ? didYouMean(value, options) : { en: '', nl: '' };
        push('SCENARIO_INVALID_VALUE', path, 'value', trim({ en: `${where.en}: expected one of ${options.join(', ')}, found ${found.en}.${hint.en}`, nl: `${where.nl}: verwacht een van ${options.join(', ')}, maar vond ${found.nl}.${hint.nl}` }));
        return;
      }
      case 'invalid_key': {
        const key = path[path.length - 1];
        const comma = splitByDecimalComma(nodeAt(root, path.slice(0, -1)), String(key));
        if (comma !== undefined) {
          push('SCENARIO_INVALID_KEY', path, 'key', { en: `${dotted(path.slice(0, -1))}: ${comma.en}`, nl: `${dotted(path.slice(0, -1))}: ${comma.nl}` });
          return;
        }
        const inner = issue.issues[0];
        const why = inner?.message ?? 'invalid key';
        push('SCENARIO_INVALID_KEY', path, 'key', { en: `${dotted(path.slice(0, -1))}: key '${String(key)}': ${why}`, nl: `${dotted(path.slice(0, -1))}: sleutel '${String(key)}': ${schemaMessageNl(why)}` });
        return;
      }
      case 'invalid_union': {
        // Report the branch that matched the value's type (e.g. the list form of a target), else both.
        const branches = issue.errors.filter((errs) => !errs.some((e) => e.code === 'invalid_type' && e.path.length === 0));
        if (branches.length === 1) {
          for (const inner of branches[0]!) visit(inner, path);
          return;
        }
        const expected = issue.errors
          .map((errs) => errs.find((e) => e.code === 'invalid_type' && e.path.length === 0))
          .map((e) => (e && e.code === 'invalid_type' ? expectedName(e.expected) : undefined))
          .filter((e): e is Message => e !== undefined);
        const hint = join(dutchNumberHint(value, path), listHint(path));
        push('SCENARIO_WRONG_TYPE', path, 'value', trim({
          en: `${where.en}: expected ${expected.length > 0 ? expected.map((e) => e.en).join(' or ') : 'another value'}, found ${found.en}.${hint.en}`,
          nl: `${where.nl}: verwacht ${expected.length > 0 ? expected.map((e) => e.nl).join(' of ') : 'een andere waarde'}, maar vond ${found.nl}.${hint.nl}`,
        }));
        return;
      }
      case 'not_multiple_of':
        push('SCENARIO_INVALID_VALUE', path, 'value', { en: `${where.en}: expected a multiple of ${String(issue.divisor)}, found ${found.en}`, nl: `${where.nl}: verwacht een veelvoud van ${String(issue.divisor)}, maar vond ${found.nl}` });
        return;
      default:
        push('SCENARIO_INVALID_VALUE', path, 'value', { en: `${where.en}: ${issue.message}`, nl: `${where.nl}: ${schemaMessageNl(issue.message)}` });
    }
  };
  for (const issue of issues) visit(issue, []);
  return out;
}

function valueAt(root: LocatedNode, path: ScenarioPath): unknown {
  const node = nodeAt(root, path);
  return node === undefined ? undefined : toPlain(node);
}

/** A key a person could have meant as a scenario key: a short name of letters, digits, `_`, `-`, `.`, `%` or spaces. */
function looksLikeKey(key: string): boolean {
  return /^[\p{L}\p{N}_ .%-]{1,60}$/u.test(key);
}

/**
 * `{ rate: 0,09 }`: inside { … } YAML reads the decimal comma as a separator — `rate: 0` and a key
 * `09` without a value. The message for that key names the habit and the fix, from the text as written.
 */
function splitByDecimalComma(map: LocatedNode | undefined, key: string): Message | undefined {
  if (map?.kind !== 'map') return undefined;
  const names = [...map.entries.keys()];
  const at = names.indexOf(key);
  const node = map.entries.get(key);
  const before = at > 0 ? map.entries.get(names[at - 1]!) : undefined;
  const keyText = node?.origin.keyText ?? key;
  if (node?.kind !== 'scalar' || node.value !== null || before?.kind !== 'scalar' || typeof before.value !== 'number') return undefined;
  if (before.origin.line !== node.origin.keyLine || !/^\d+%?$/.test(keyText)) return undefined;
  const whole = before.origin.text ?? String(before.value);
  if (!/^[+-]?\d+$/.test(whole)) return undefined;
  const written = `${whole},${keyText}`;
  const number = Number(`${whole}.${keyText.replace('%', '')}`);
  const name = names[at - 1]!;
  const share = shareOfPercent(number);
  // YAML the user is told to type: a decimal point in Dutch too.
  const fix = keyText.endsWith('%') ? { en: `${share} for ${written}`, nl: `${String(share)} voor ${written}` } : { en: `${whole}.${keyText}`, nl: `${whole}.${keyText}` };
  return {
    en: `'${name}: ${written}' is read by YAML as ${name}: ${whole} and a key '${keyText}' — a decimal comma, as in Dutch, splits the number inside { … }. Write ${name}: ${fix.en}`,
    nl: `'${name}: ${written}' leest YAML als ${name}: ${whole} en een sleutel '${keyText}' — een decimale komma splitst het getal binnen { … }. Schrijf ${name}: ${fix.nl}`,
  };
}

/** `workforce.attrition[0].rate` */
/**
 * The fix for a number written the Dutch way, which YAML reads as text: `0,5` (decimal comma) and
 * `20%` (a percentage where spp wants a share). Not accepted silently: in YAML `0,5` could as well
 * be a list typed without brackets, so the user decides.
 */
function dutchNumberHint(value: unknown, path: ScenarioPath = []): Message {
  const none = { en: '', nl: '' };
  if (typeof value !== 'string') return none;
  // An amount with its currency (`€ 85`, `85 euro`, `EUR 40.000,00`): the number alone, as YAML reads it.
  const euro = /^(?:€|eur(?:o)?\b)\s*([+-]?\d[\d.,]*)$|^([+-]?\d[\d.,]*)\s*(?:€|euro?)$/i.exec(value.trim());
  if (euro) {
    const amount = (euro[1] ?? euro[2])!;
    const inner = dutchNumberHint(amount, path);
    const plain = /^[+-]?\d+(\.\d+)?$/.test(amount) ? amount : undefined;
    return {
      en: ` An amount in YAML is a number without a currency sign${plain === undefined ? `.${inner.en}` : `: write ${plain}.`}`,
      nl: ` Een bedrag is in YAML een getal zonder euroteken${plain === undefined ? `.${inner.nl}` : `: schrijf ${plain}.`}`,
    };
  }
  const text = value.trim();
  if (/^[+-]?\d+,\d+$/.test(text)) {
    const point = text.replace(',', '.');
    return {
      en: ` YAML needs a decimal point: write ${point} (with a decimal comma, as in Dutch, it is text).`,
      nl: ` YAML vraagt een decimale punt: schrijf ${point} (met een decimale komma is het voor YAML tekst).`,
    };
  }
  if (/^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/.test(text)) {
    const plain = text.replaceAll('.', '').replace(',', '.');
    return {
      en: ` YAML takes no point between thousands (as in Dutch): write ${plain}.`,
      nl: ` YAML kent geen punt tussen duizendtallen: schrijf ${plain}.`,
    };
  }
  const percent = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(text);
  if (percent) {
    const number = Number(percent[1]!.replace(',', '.'));
    // Where the schema wants a share or a rate (a number within -1…1: attrition, growth, an automation
    // target, a retention) the % becomes a fraction; elsewhere (FTE, euros, hours) the % is just a slip.
    const range = numberRangeAt(path);
    const share = range !== undefined && range.max !== undefined && range.max <= 1 && (range.min ?? -Infinity) >= -1;
    const written = shareOfPercent(number);
    return share
      ? { en: ` Scenarios take shares from 0 to 1, not percentages: write ${written} for ${text}.`, nl: ` Een scenario rekent met aandelen van 0 tot en met 1, niet met percentages: schrijf ${String(written)} voor ${text}.` }
      : { en: ` A percentage is not a number in YAML: write the number without %.`, nl: ` Een percentage is in YAML geen getal: schrijf het getal zonder %.` };
  }
  return none;
}

/** A percentage as the share a scenario takes (2 → 0.02), without binary noise (0.07 → 0.0007, not 0.0007000000000000001). */
function shareOfPercent(percent: number): number {
  return Math.round(percent * 1e4) / 1e6;
}

/**
 * A share or rate (at most 1) written as a whole percentage without `%` — `rate: 2` for 2%, as a
 * spreadsheet user types it: the share it would be. Not beyond 100, which no percentage of a share is,
 * nor inside a list (see the caller).
 */
function percentHint(max: number | undefined, value: unknown): Message {
  if (max !== 1 || typeof value !== 'number' || !Number.isInteger(value) || !(value > 1 && value <= 100)) return { en: '', nl: '' };
  const written = shareOfPercent(value);
  return { en: ` Scenarios take shares from 0 to 1: write ${written} for ${value}%`, nl: ` Een scenario rekent met aandelen van 0 tot en met 1: schrijf ${String(written)} voor ${localNumber(value, 'nl')}%` };
}

/** A key that holds euros: costs, budgets, pay (not `min_pay_ratio`). */
const EURO_KEY = /cost|budget|^pay$/;

/**
 * `hire_cost: 12.000` is twelve thousand to a Dutch writer and 12 to YAML. An amount in euros with
 * exactly three digits after the point is taken as that habit (cents have two): a warning naming the
 * value YAML read and what to write, since 12.000 euros could, rarely, be meant.
 */
function thousandsPoints(root: LocatedNode, path: ScenarioPath = []): Diagnostic[] {
  if (root.kind === 'map') return [...root.entries].flatMap(([key, node]) => thousandsPoints(node, [...path, key]));
  if (root.kind === 'seq') return root.items.flatMap((node, i) => thousandsPoints(node, [...path, i]));
  const key = String([...path].reverse().find((step) => typeof step === 'string') ?? '');
  const text = root.origin.text;
  if (typeof root.value !== 'number' || text === undefined || !/^\+?[1-9]\d{0,2}\.\d{3}$/.test(text) || !EURO_KEY.test(key)) return [];
  const meant = text.replace('.', '').replace(/^\+/, '');
  return [
    {
      code: 'SCENARIO_THOUSANDS_POINT',
      severity: 'warning',
      file: root.origin.file,
      line: root.origin.line,
      column: root.origin.column,
      path: dotted(path),
      message: `${dotted(path)}: ${text} is read by YAML as ${root.value} euros — the point is a decimal point, not the Dutch thousands separator. Write ${meant} for ${localNumber(Number(meant), 'en')} euros (or ${root.value} to keep ${root.value})`,
      messageNl: `${dotted(path)}: ${text} leest YAML als ${localNumber(root.value, 'nl')} euro — de punt is een decimale punt, geen scheidingsteken voor duizendtallen. Schrijf ${meant} voor ${localNumber(Number(meant), 'nl')} euro (of ${String(root.value)} om ${localNumber(root.value, 'nl')} te houden)`,
    },
  ];
}

/** Two hints one after the other (either may be empty). */
/**
 * `function: 000260` where a text is expected: YAML reads the number 260, and the id's leading zeros
 * are gone. For a number whose written form differs from its value (`000260`, `1e2`, `0x1F`, `.inf`),
 * the advice the key error (YAML_KEY_NOT_AS_WRITTEN) gives: write it in quotes.
 */
function quoteHint(written: string): Message {
  return {
    en: ` YAML reads ${written} as a number: to mean the text '${written}', write it in quotes: '${written}'.`,
    nl: ` YAML leest ${written} als een getal: bedoelt u de tekst '${written}', schrijf hem dan tussen aanhalingstekens: '${written}'.`,
  };
}

function join(a: Message, b: Message): Message {
  return { en: `${a.en}${b.en}`, nl: `${a.nl}${b.nl}` };
}

/**
 * `rate: [0,01, 0,02, 0,03]`: inside [ … ] every comma separates items, so YAML reads six whole
 * numbers (0, 1, 0, 2, 0, 3). A comma counts as a decimal comma only when nothing stands between it
 * and the digits around it — a whole number, a comma, then digits, on one line — as a Dutch writer
 * types a number; `[0, 1, 1]` is left alone. Called only for a list the schema refused, and only where
 * it takes [low, likely, high] of shares or rates (−1…1), so a list that fits is never questioned and
 * lists of ages or years never are. Returns the sentence naming the habit and the list to write instead.
 *
 * Written without spaces the numbers run together: `[0,5,0,6,0,7]` is one run of six joined items.
 * A run of two is one decimal number. A longer run is read as decimals only when it pairs up exactly:
 * an even number of items, every first of a pair (the whole part) 0 — what a share or rate between −1
 * and 1 written with a decimal comma starts with — so `[0,5,0,6,0,7]` is 0.5, 0.6, 0.7 and
 * `[0,05,0,1,0,15]` is 0.05, 0.1, 0.15. Any other run (`[1,2,3]`, `[0,5,1,0]`, `[0,5,0,6,0]`) could be
 * split in more than one way, and is not guessed at.
 */
function decimalCommasInList(list: Extract<LocatedNode, { kind: 'seq' }>): Message | undefined {
  const items = list.items;
  const texts = items.map((item) => (item.kind === 'scalar' && typeof item.value === 'number' ? item.origin.text : undefined));
  const joined = (i: number): boolean => {
    const [a, b] = [items[i], items[i + 1]];
    const [ta, tb] = [texts[i], texts[i + 1]];
    return a !== undefined && b !== undefined && ta !== undefined && tb !== undefined && /^[+-]?\d+$/.test(ta) && /^\d+$/.test(tb) && a.origin.line === b.origin.line && b.origin.column === a.origin.column + ta.length + 1;
  };
  // The items that start a decimal number (whole part, comma, fraction), run by run.
  const starts = new Set<number>();
  for (let i = 0; i < items.length; ) {
    let end = i + 1;
    while (joined(end - 1)) end++;
    const run = end - i;
    const pairs = run === 2 || (run % 2 === 0 && texts.slice(i, end).every((text, k) => k % 2 === 1 || /^[+-]?0$/.test(text!)));
    if (pairs) for (let k = i; k < end; k += 2) starts.add(k);
    i = end;
  }
  if (starts.size === 0) return undefined;
  const shown = (item: LocatedNode, i: number): string => texts[i] ?? (item.kind === 'scalar' ? String(item.value) : '…');
  // The list as written: a comma without a space where the items were joined.
  const written = items.map((item, i) => `${i === 0 ? '' : joined(i - 1) ? ',' : ', '}${shown(item, i)}`).join('');
  const fix: string[] = [];
  for (let i = 0; i < items.length; i++) {
    if (starts.has(i)) {
      fix.push(`${texts[i]!}.${texts[i + 1]!}`);
      i++;
    } else {
      fix.push(shown(items[i]!, i));
    }
  }
  const values = items.map((item) => (item.kind === 'scalar' ? String(item.value) : '…'));
  // One number needs no brackets; two are neither a number nor [low, likely, high]: say both forms.
  const write: Message =
    fix.length === 1
      ? { en: `Write ${fix[0]!}`, nl: `Schrijf ${fix[0]!}` }
      : fix.length === 3
        ? { en: `Write [${fix.join(', ')}] with decimal points`, nl: `Schrijf [${fix.join(', ')}] met decimale punten` }
        : { en: `Write decimal points: one number, or three as [low, likely, high] (e.g. [${fix.join(', ')}] is ${fix.length} numbers)`, nl: `Schrijf decimale punten: één getal, of drie als [laag, waarschijnlijk, hoog] ([${fix.join(', ')}] zijn er ${fix.length})` };
  return {
    en: ` YAML reads [${written}] as ${items.length} items (${values.join(', ')}): inside [ … ] a comma separates items, so a decimal comma, as in Dutch, splits each number in two. ${write.en}`,
    nl: ` YAML leest [${written}] als ${items.length} elementen (${values.join('; ')}): binnen [ … ] scheidt een komma de elementen, dus een decimale komma splitst elk getal in tweeën. ${write.nl}`,
  };
}

/** Whether the scenario schema takes a list of numbers `[low, likely, high]` at `path`. */
function takesTriangleAt(path: ScenarioPath): boolean {
  const target = schemaAt(path);
  const options = target instanceof z.ZodUnion ? (target.options as readonly z.ZodType[]).map(unwrap) : target === undefined ? [] : [target];
  return options.some((o) => o instanceof z.ZodTuple);
}

/** The schema at `path` inside its optional, nullable and default wrappers, if the path is in the schema. */
function schemaAt(path: ScenarioPath): z.ZodType | undefined {
  let schema: z.ZodType | undefined = ScenarioSchema;
  for (const step of path) {
    schema = childAt(unwrap(schema), step);
    if (schema === undefined) return undefined;
  }
  return unwrap(schema);
}

/** The bounds of the number the scenario schema expects at `path` (e.g. 0–1 for a rate), if it expects one. */
function numberRangeAt(path: ScenarioPath): { min?: number; max?: number } | undefined {
  const target = schemaAt(path);
  const number = target instanceof z.ZodUnion ? (target.options as readonly z.ZodType[]).map(unwrap).find((o) => o instanceof z.ZodNumber) : target;
  if (!(number instanceof z.ZodNumber)) return undefined;
  return { ...(number.minValue !== null ? { min: number.minValue } : {}), ...(number.maxValue !== null ? { max: number.maxValue } : {}) };
}

export function dotted(path: ScenarioPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

function expectedName(expected: string): Message {
  switch (expected) {
    case 'number':
      return { en: 'a number', nl: 'een getal' };
    case 'int':
      return { en: 'a whole number', nl: 'een geheel getal' };
    case 'string':
      return { en: 'a text', nl: 'een tekst' };
    case 'object':
    case 'record':
    case 'map':
      return { en: 'a map', nl: 'een map' };
    case 'array':
    case 'tuple':
      return { en: 'a list', nl: 'een lijst' };
    case 'boolean':
      return { en: 'true or false', nl: 'true of false' };
    default:
      return { en: expected, nl: expected };
  }
}

function describe(value: unknown): Message {
  const same = (text: string): Message => ({ en: text, nl: text });
  if (value === undefined) return { en: 'nothing', nl: 'niets' };
  if (value === null) return { en: 'nothing (null)', nl: 'niets (null)' };
  if (Array.isArray(value)) return { en: `a list of ${value.length} item${value.length === 1 ? '' : 's'}`, nl: `een lijst van ${value.length} ${value.length === 1 ? 'element' : 'elementen'}` };
  // Values of YAML's own tags, which are no map (they said "found a map").
  if (value instanceof Uint8Array) return { en: 'binary data (!!binary)', nl: 'binaire gegevens (!!binary)' };
  if (value instanceof Date) return { en: 'a date (!!timestamp)', nl: 'een datum (!!timestamp)' };
  if (typeof value === 'object') return { en: 'a map', nl: 'een map' };
  if (typeof value === 'string') return same(`'${value}'`);
  // As YAML spells them: JavaScript's NaN and Infinity mean nothing to the person who wrote `.nan`.
  if (typeof value === 'number' && !Number.isFinite(value)) {
    if (Number.isNaN(value)) return { en: '.nan (not a number)', nl: '.nan (geen getal)' };
    return value > 0 ? { en: '.inf (infinity)', nl: '.inf (oneindig)' } : { en: '-.inf (minus infinity)', nl: '-.inf (min oneindig)' };
  }
  return same(String(value));
}

/** The Dutch text of a message the scenario schema (domain/scenario-schema.ts) gives a pattern; another one as it is. */
const SCHEMA_MESSAGES_NL: Readonly<Record<string, string>> = {
  'expected an identifier of lower-case letters, digits and _': 'verwacht een naam van kleine letters, cijfers en _',
  'expected a year (4 digits)': 'verwacht een jaartal (4 cijfers)',
  'expected an age band like "<35", "35-54", ">=55" or "55+"': 'verwacht een leeftijdsgroep zoals "<35", "35-54", ">=55" of "55+"',
  'expected an id of letters, digits, -, _ and .': 'verwacht een id van letters, cijfers, -, _ en .',
  'invalid key': 'ongeldige sleutel',
  'invalid format': 'ongeldige vorm',
};

function schemaMessageNl(message: string): string {
  return SCHEMA_MESSAGES_NL[message] ?? message;
}

/** The keys a strict object of the schema allows at `path` (for "did you mean"), by zod's public API. */
function validKeysAt(path: ScenarioPath): string[] {
  const target = schemaAt(path);
  return target instanceof z.ZodObject ? Object.keys(target.shape) : [];
}

/** The schema inside optional, nullable and default wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The schema of one step down: a key of an object or record, an item of a list; in a union, the option that has such steps. */
function childAt(schema: z.ZodType, step: string | number): z.ZodType | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, z.ZodType>)[String(step)];
  if (schema instanceof z.ZodArray) return schema.element as z.ZodType;
  if (schema instanceof z.ZodTuple) return (schema.def.items as readonly z.ZodType[])[Number(step)];
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof z.ZodUnion) {
    const option = (schema.options as readonly z.ZodType[])
      .map(unwrap)
      .find((o) => (typeof step === 'number' ? o instanceof z.ZodArray || o instanceof z.ZodTuple : o instanceof z.ZodObject || o instanceof z.ZodRecord));
    return option === undefined ? undefined : childAt(option, step);
  }
  return undefined;
}
