import type { DiagnosticCode } from '../diagnostics/codes.js';
import { inputFileProblem } from './input-file.js';
import { describeFsError } from './fs-errors.js';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { z } from 'zod';
import { diagnosticsFor, didYouMean, type Checked, type Diagnostic } from '../diagnostics/diagnostic.js';
import { ScenarioSchema, type Scenario } from '../domain/scenario-schema.js';
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
type ReadScenarioResult = Checked<LoadedScenario | null> & { partial?: LoadedScenario };

/** Reads, merges and validates a scenario file; value is null when it cannot be used. */
export async function readScenario(path: string): Promise<ReadScenarioResult> {
  const file = resolve(path);
  const tree = await readTree(file, []);
  const diagnostics = [...tree.diagnostics];
  if (tree.value === null) return { value: null, diagnostics };
  const { root, files } = tree.value;
  const raw = toPlain(root);
  const locate = (p: ScenarioPath, part: 'value' | 'key' = 'value'): Location => locateIn(root, p, part);

  const parsed = ScenarioSchema.safeParse(hideProtoKeys(raw));
  if (!parsed.success) {
    diagnostics.push(...issuesToDiagnostics(parsed.error.issues.map(showProtoKeys), root, locate));
    const partial = partialScenario(hideProtoKeys(raw), parsed.error.issues);
    if (partial === null) return { value: null, diagnostics };
    return { value: null, diagnostics, partial: loadedScenario(ownKeysOnly(partial) as Scenario, root, files, file, raw) };
  }
  return { value: loadedScenario(ownKeysOnly(parsed.data) as Scenario, root, files, file, raw), diagnostics };
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
  const parentFile = resolve(dirname(file), extendsNode.value);
  const at = extendsNode.origin;
  if (parentFile === file || chain.includes(parentFile)) {
    const loop = [...chain, file];
    const names = [...loop.slice(loop.indexOf(parentFile)), parentFile].map((f) => basename(f));
    error('SCENARIO_EXTENDS_CYCLE', at.line, at.column, `extends makes a cycle: ${names.join(' → ')}`, 'extends');
    return { value: null, diagnostics: [...diagnostics, ...list] };
  }
  const problem = inputFileProblem(parentFile);
  if (problem !== null) {
    error('SCENARIO_EXTENDS_MISSING', at.line, at.column, `extends: cannot read ${extendsNode.value}: ${problem} (looked for ${parentFile})`, 'extends');
    return { value: null, diagnostics: [...diagnostics, ...list] };
  }
  const parent = await readTree(parentFile, [...chain, file]);
  diagnostics.push(...parent.diagnostics);
  if (parent.value === null) return { value: null, diagnostics };
  return { value: { root: mergeLocated(parent.value.root, root), files: [file, ...parent.value.files] }, diagnostics };
}

/**
 * zod drops a record key `__proto__` (a function id like any other to a user: its transitions were
 * silently lost), so it is validated under a stand-in name and given back afterwards.
 */
const PROTO_STAND_IN = '\u0000__proto__';

function hideProtoKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(hideProtoKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === '__proto__' ? PROTO_STAND_IN : k, hideProtoKeys(v)]));
}

function showProtoKeys<T extends z.core.$ZodIssue>(issue: T): T {
  const name = (k: PropertyKey): PropertyKey => (k === PROTO_STAND_IN ? '__proto__' : k);
  const keys = (issue as { keys?: string[] }).keys;
  return { ...issue, path: issue.path.map(name), ...(keys !== undefined ? { keys: keys.map(name) } : {}) };
}

/**
 * The parsed scenario with every object prototype-free and `__proto__` back under its own name, so
 * every id is an ordinary key: a lookup of `constructor` finds nothing instead of Object's
 * constructor (#13).
 */
function ownKeysOnly(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ownKeysOnly);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) out[k === PROTO_STAND_IN ? '__proto__' : k] = ownKeysOnly(v);
  return out;
}

/** One file's bytes → located tree; null (with diagnostics) when it is not a YAML map. */
async function readOwnTree(file: string): Promise<Checked<LocatedNode | null>> {
  const { error, list } = diagnosticsFor(file);
  let bytes: Buffer;
  const problem = inputFileProblem(file);
  if (problem !== null) {
    error('SCENARIO_NOT_FOUND', 0, 0, problem.startsWith('it is a folder') ? 'expected a scenario file, found a folder' : `cannot read the scenario file: ${problem}`);
    return { value: null, diagnostics: list };
  }
  try {
    bytes = await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // "permission denied", not "(EACCES)": the same sentence as every other file-system failure.
    const reason = describeFsError('read', 'the scenario file', e).replace(/^cannot read the scenario file: /, '');
    error('SCENARIO_NOT_FOUND', 0, 0, code === 'EISDIR' ? 'expected a scenario file, found a folder' : `cannot read the scenario file: ${reason}`);
    return { value: null, diagnostics: list };
  }
  if (bytes.includes(0)) {
    error('SCENARIO_BINARY', 1, 1, 'expected a YAML text file, found binary data');
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
    error('SCENARIO_ENCODING', line, column, 'expected UTF-8 text; save the file as UTF-8');
    return { value: null, diagnostics: list };
  }
  const parsed = parseLocatedYaml(text, file);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { value: null, diagnostics: parsed.diagnostics };
  const root = parsed.value;
  if (root === null || (root.kind === 'scalar' && root.value === null)) {
    error('SCENARIO_EMPTY', 1, 1, 'the scenario file is empty: expected a map with at least id and horizon');
    return { value: null, diagnostics: [...parsed.diagnostics, ...list] };
  }
  if (root.kind !== 'map') {
    // A short value is quoted; a long one (a whole file read as one text) is not echoed back.
    const shown = root.kind === 'scalar' ? (JSON.stringify(root.value) ?? String(root.value)) : '';
    const found = root.kind === 'seq' ? 'a list' : shown.length <= 40 && !shown.includes('\\n') ? `a single value (${shown})` : 'a single value (a long text: is the first line indented or quoted?)';
    error('SCENARIO_NOT_A_MAP', root.origin.line, root.origin.column, `expected a map of scenario keys (id, horizon, …) at the top level, found ${found}`);
    return { value: null, diagnostics: [...parsed.diagnostics, ...list] };
  }
  return { value: root, diagnostics: parsed.diagnostics };
}

// ——— zod issues → diagnostics ———

type Issue = z.core.$ZodIssue;

/** Turns zod issues into located diagnostics with messages for humans. */
function issuesToDiagnostics(issues: readonly Issue[], root: LocatedNode, locate: (p: ScenarioPath, part?: 'value' | 'key') => Location): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: DiagnosticCode, path: ScenarioPath, part: 'value' | 'key', message: string, shownPath: ScenarioPath = path): void => {
    const at = locate(path, part);
    out.push({ code, severity: 'error', file: at.file, line: at.line, column: at.column, path: dotted(shownPath), message });
  };
  const visit = (issue: Issue, base: ScenarioPath): void => {
    const path = [...base, ...(issue.path as (string | number)[])];
    const where = path.length === 0 ? 'the scenario' : dotted(path);
    const value = valueAt(root, path);
    switch (issue.code) {
      case 'unrecognized_keys': {
        const valid = validKeysAt(path);
        for (const key of issue.keys) {
          const comma = splitByDecimalComma(nodeAt(root, path), key);
          if (comma !== undefined) {
            push('SCENARIO_UNKNOWN_KEY', [...path, key], 'key', `${where}: ${comma}`);
            continue;
          }
          const allowed = valid.length > 0 ? ` Allowed: ${valid.join(', ')}.` : '';
          if (!looksLikeKey(key)) {
            // A file that is not a scenario (`extends: /etc/shadow`): its lines are not echoed into a CI log (#13 class 4).
            push('SCENARIO_UNKNOWN_KEY', [...path, key], 'key', `an unknown key in ${where} that does not look like a scenario key (not shown: is this file a scenario?).${allowed}`, path);
            continue;
          }
          const hint = didYouMean(key, valid);
          push('SCENARIO_UNKNOWN_KEY', [...path, key], 'key', `unknown key '${key}' in ${where}.${hint === '' ? allowed : hint}`);
        }
        return;
      }
      case 'invalid_type': {
        if (value === undefined) {
          const key = path[path.length - 1];
          const parent = path.slice(0, -1);
          push('SCENARIO_MISSING_KEY', path, 'value', `missing key '${String(key)}' in ${parent.length === 0 ? 'the scenario' : dotted(parent)}: expected ${expectedName(issue.expected)}`);
          return;
        }
        push('SCENARIO_WRONG_TYPE', path, 'value', `${where}: expected ${expectedName(issue.expected)}, found ${describe(value)}.${dutchNumberHint(value, path)}`.replace(/\.$/, ''));
        return;
      }
      case 'too_small':
      case 'too_big': {
        const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
        if (issue.origin === 'array' || issue.origin === 'set') {
          const items = issue.code === 'too_small' ? `at least ${bound}` : `at most ${bound}`;
          push('SCENARIO_OUT_OF_RANGE', path, 'value', `${where}: expected ${items} item${bound === 1 ? '' : 's'}, found ${describe(value)}`);
          return;
        }
        if (issue.origin === 'string') {
          push('SCENARIO_INVALID_VALUE', path, 'value', `${where}: expected a non-empty text`);
          return;
        }
        const op = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
        push('SCENARIO_OUT_OF_RANGE', path, 'value', `${where}: expected a number ${op} ${bound}, found ${describe(value)}`);
        return;
      }
      case 'invalid_format':
        push('SCENARIO_INVALID_VALUE', path, 'value', `${where}: ${issue.message ?? 'invalid format'}, found ${describe(value)}`);
        return;
      case 'invalid_value': {
        const options = issue.values.map(String);
        const hint = typeof value === 'string' ? didYouMean(value, options) : '';
        push('SCENARIO_INVALID_VALUE', path, 'value', `${where}: expected one of ${options.join(', ')}, found ${describe(value)}.${hint}`.replace(/\.$/, ''));
        return;
      }
      case 'invalid_key': {
        const key = path[path.length - 1];
        const inner = issue.issues[0];
        const why = inner?.message ?? 'invalid key';
        push('SCENARIO_INVALID_KEY', path, 'key', `${dotted(path.slice(0, -1))}: key '${String(key)}': ${why}`);
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
          .filter((e): e is string => e !== undefined);
        push('SCENARIO_WRONG_TYPE', path, 'value', `${where}: expected ${expected.length > 0 ? expected.join(' or ') : 'another value'}, found ${describe(value)}.${dutchNumberHint(value, path)}`.replace(/\.$/, ''));
        return;
      }
      case 'not_multiple_of':
        push('SCENARIO_INVALID_VALUE', path, 'value', `${where}: expected a multiple of ${String(issue.divisor)}, found ${describe(value)}`);
        return;
      default:
        push('SCENARIO_INVALID_VALUE', path, 'value', `${where}: ${issue.message}`);
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
function splitByDecimalComma(map: LocatedNode | undefined, key: string): string | undefined {
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
  const fix = keyText.endsWith('%') ? `${Math.round(number * 1e4) / 1e6} for ${written}` : `${whole}.${keyText}`;
  return `'${names[at - 1]!}: ${written}' is read by YAML as ${names[at - 1]!}: ${whole} and a key '${keyText}' — a decimal comma, as in Dutch, splits the number inside { … }. Write ${names[at - 1]!}: ${fix}`;
}

/** `workforce.attrition[0].rate` */
/**
 * The fix for a number written the Dutch way, which YAML reads as text: `0,5` (decimal comma) and
 * `20%` (a percentage where spp wants a share). Not accepted silently: in YAML `0,5` could as well
 * be a list typed without brackets, so the user decides.
 */
function dutchNumberHint(value: unknown, path: ScenarioPath = []): string {
  if (typeof value !== 'string') return '';
  const text = value.trim();
  if (/^[+-]?\d+,\d+$/.test(text)) {
    return ` YAML needs a decimal point: write ${text.replace(',', '.')} (with a decimal comma, as in Dutch, it is text).`;
  }
  const percent = /^([+-]?\d+(?:[.,]\d+)?)\s*%$/.exec(text);
  if (percent) {
    const number = Number(percent[1]!.replace(',', '.'));
    // A share (a rate, an automation level, a target) is 0–1; elsewhere (a cost, hours) the % is just a slip.
    const share = path.includes('automation') || path.includes('targets') || /(rate|share|ratio|similarity)$/.test(String(path.at(-1) ?? ''));
    return share
      ? ` Scenarios take shares from 0 to 1, not percentages: write ${Math.round(number * 1e4) / 1e6} for ${text}.`
      : ` A percentage is not a number in YAML: write the number without %.`;
  }
  return '';
}

export function dotted(path: ScenarioPath): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else out += out === '' ? step : `.${step}`;
  }
  return out;
}

function expectedName(expected: string): string {
  switch (expected) {
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'string':
      return 'a text';
    case 'object':
    case 'record':
    case 'map':
      return 'a map';
    case 'array':
    case 'tuple':
      return 'a list';
    case 'boolean':
      return 'true or false';
    default:
      return expected;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `'${value}'`;
  // As YAML spells them: JavaScript's NaN and Infinity mean nothing to the person who wrote `.nan`.
  if (typeof value === 'number' && !Number.isFinite(value)) return Number.isNaN(value) ? '.nan (not a number)' : value > 0 ? '.inf (infinity)' : '-.inf (minus infinity)';
  return String(value);
}

/** The keys a strict object of the schema allows at `path` (for "did you mean"), by zod's public API. */
function validKeysAt(path: ScenarioPath): string[] {
  let schema: z.ZodType | undefined = ScenarioSchema;
  for (const step of path) {
    schema = childAt(unwrap(schema), step);
    if (schema === undefined) return [];
  }
  const target = unwrap(schema);
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
  if (schema instanceof z.ZodRecord) return schema.valueType as z.ZodType;
  if (schema instanceof z.ZodUnion) {
    const option = (schema.options as readonly z.ZodType[])
      .map(unwrap)
      .find((o) => (typeof step === 'number' ? o instanceof z.ZodArray : o instanceof z.ZodObject || o instanceof z.ZodRecord));
    return option === undefined ? undefined : childAt(option, step);
  }
  return undefined;
}
