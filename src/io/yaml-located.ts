import { CST, LineCounter, Parser, Scalar, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node, type ScalarTag } from 'yaml';
import { diagnosticsFor, type Checked } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';

/**
 * YAML parsed into a tree that remembers, for every value, the file, line and column it came from
 * (and, for a map entry, where its key is). `extends` merges such trees, so a merged value still
 * points into the file that set it.
 */

/** Where a value (and, for a map entry, its key) was written; lines and columns are 1-based. */
interface Origin {
  file: string;
  line: number;
  column: number;
  keyLine?: number;
  keyColumn?: number;
  /** A scalar's text as written (`09` for the number 9), for a key or a number; to explain a Dutch decimal comma. */
  keyText?: string;
  text?: string;
}

export type LocatedNode =
  | { kind: 'map'; origin: Origin; entries: Map<string, LocatedNode> }
  | { kind: 'seq'; origin: Origin; items: LocatedNode[] }
  | { kind: 'scalar'; origin: Origin; value: unknown };

/** A position in a file (1-based line and column). */
export interface Location {
  file: string;
  line: number;
  column: number;
}

/**
 * What a YAML library error code means, for the person who wrote the file. The library's own
 * messages name its token types and quote long stretches of the file (#13 class 8: "Unexpected
 * double-quoted-scalar token in YAML stream: …"); these say what to fix.
 */
const YAML_PROBLEMS: Readonly<Record<string, Message>> = {
  BAD_INDENT: { en: 'wrong indentation, or a { [ or quote that is not closed: the keys of one map start in the same column', nl: 'verkeerd ingesprongen, of een { [ of aanhalingsteken dat niet gesloten is: de sleutels van één map beginnen in dezelfde kolom' },
  TAB_AS_INDENT: { en: 'a tab in the indentation: YAML indents with spaces only', nl: 'een tab in de inspringing: YAML springt alleen met spaties in' },
  MISSING_CHAR: { en: 'a { [ or quote is not closed: expected its closing } ] or quote', nl: 'een { [ of aanhalingsteken is niet gesloten: verwacht het sluitende } ] of aanhalingsteken' },
  UNEXPECTED_TOKEN: { en: 'unexpected text here: an unclosed quote, a stray : - or bracket, or a value on the wrong line? Put a text with : # or quotes in quotes', nl: 'onverwachte tekst hier: een niet-gesloten aanhalingsteken, een losse : - of haak, of een waarde op de verkeerde regel? Zet een tekst met : # of aanhalingstekens tussen aanhalingstekens' },
  BLOCK_AS_IMPLICIT_KEY: { en: 'a key that spans lines: write "key: value" on one line', nl: 'een sleutel over meer regels: schrijf "sleutel: waarde" op één regel' },
  MULTILINE_IMPLICIT_KEY: { en: 'a key that spans lines: write "key: value" on one line', nl: 'een sleutel over meer regels: schrijf "sleutel: waarde" op één regel' },
  BAD_SCALAR_START: { en: 'a value cannot start with @ or `: put the value in quotes', nl: 'een waarde kan niet beginnen met @ of `: zet de waarde tussen aanhalingstekens' },
  BAD_DQ_ESCAPE: { en: 'a backslash in a double-quoted text: write \\\\ for a backslash, or use single quotes', nl: 'een backslash in een tekst tussen dubbele aanhalingstekens: schrijf \\\\ voor een backslash, of gebruik enkele aanhalingstekens' },
  BAD_ALIAS: { en: 'an alias (*name) without its anchor (&name)', nl: 'een alias (*naam) zonder zijn anker (&naam)' },
  ALIAS_PROPS: { en: 'an alias (*name) cannot have an anchor or a tag', nl: 'een alias (*naam) kan geen anker of tag hebben' },
  MULTIPLE_ANCHORS: { en: 'a value with two anchors (&name)', nl: 'een waarde met twee ankers (&naam)' },
  MULTIPLE_TAGS: { en: 'a value with two tags (!tag)', nl: 'een waarde met twee tags (!tag)' },
  BAD_PROP_ORDER: { en: 'an anchor or tag in the wrong place: write it before the value', nl: 'een anker of tag op de verkeerde plaats: schrijf het vóór de waarde' },
  BAD_DIRECTIVE: { en: 'a line starting with % is a YAML directive spp does not know: put such a value in quotes', nl: 'een regel die met % begint is een YAML-directief dat spp niet kent: zet zo’n waarde tussen aanhalingstekens' },
  MULTIPLE_DOCS: { en: 'more than one YAML document (---): spp reads one per file', nl: 'meer dan één YAML-document (---): spp leest er één per bestand' },
  BLOCK_IN_FLOW: { en: 'a list or map written over several lines inside { } or [ ]: write it on one line or without the brackets', nl: 'een lijst of map over meer regels binnen { } of [ ]: schrijf hem op één regel of zonder de haken' },
  KEY_OVER_1024_CHARS: { en: 'a key longer than 1024 characters', nl: 'een sleutel van meer dan 1024 tekens' },
  TAG_RESOLVE_FAILED: {
    en: 'a tag spp does not know, or a value its tag does not fit (!!int 3.5, !!bool yes): spp reads the standard tags of YAML 1.2 (!!str, !!int, !!float, !!bool, !!null) and no others; remove the tag or correct the value',
    nl: 'een tag die spp niet kent, of een waarde die niet bij zijn tag past (!!int veertig, !!bool ja): spp leest de standaardtags van YAML (!!str, !!int, !!float, !!bool, !!null) en geen andere; haal de tag weg of verbeter de waarde',
  },
  BAD_COLLECTION_TYPE: { en: 'a tag (!name) that does not fit its value: remove it', nl: 'een tag (!naam) die niet bij zijn waarde past: haal hem weg' },
  NON_STRING_KEY: { en: 'a key that is a list or map: keys are names or numbers', nl: 'een sleutel die een lijst of map is: sleutels zijn namen of getallen' },
};

function yamlProblem(code: string): Message {
  return YAML_PROBLEMS[code] ?? { en: 'the YAML cannot be read here', nl: 'de YAML is hier niet te lezen' };
}

type Opener = '[' | '{' | '"' | "'";

const UNCLOSED: Readonly<Record<Opener, Message>> = {
  '[': { en: 'the [ here is not closed: end the list with ] (on this line, or on following lines indented further)', nl: 'de [ hier wordt niet gesloten: sluit de lijst met ] (op deze regel, of op volgende regels die verder inspringen)' },
  '{': { en: 'the { here is not closed: end the map with } (on this line, or on following lines indented further)', nl: 'de { hier wordt niet gesloten: sluit de map met } (op deze regel, of op volgende regels die verder inspringen)' },
  '"': { en: 'the quote (") here is not closed: end the text with "', nl: 'het aanhalingsteken (") hier wordt niet gesloten: sluit de tekst met "' },
  "'": { en: "the quote (') here is not closed: end the text with '", nl: "het aanhalingsteken (') hier wordt niet gesloten: sluit de tekst met '" },
};

/**
 * For the library's "flow collection … must end with a ]" and "missing closing quote" errors, which it
 * reports where it noticed them (the next key, often lines later): the last [ { or quote before `offset`
 * that the file never closes, from the parser's concrete syntax tree. Undefined for other errors, or
 * when no such opener is found (the library's position stands).
 */
function unclosedOpenerBefore(text: string, code: string, message: string, offset: number): { offset: number; char: Opener } | undefined {
  const kinds: readonly Opener[] | undefined =
    code === 'BAD_INDENT' && message.startsWith('Flow sequence') ? ['['] :
    code === 'BAD_INDENT' && message.startsWith('Flow map') ? ['{'] :
    code === 'MISSING_CHAR' && message.includes('quote') ? ['"', "'"] :
    undefined;
  if (kinds === undefined) return undefined;
  let found: { offset: number; char: Opener } | undefined;
  const consider = (at: number, char: Opener): void => {
    if (kinds.includes(char) && at < offset && (found === undefined || at > found.offset)) found = { offset: at, char };
  };
  const check = (token: CST.Token | undefined): void => {
    if (token === undefined) return;
    if (token.type === 'flow-collection') {
      const open = token.start.source as Opener;
      const close = open === '[' ? ']' : '}';
      if (!token.end.some((t) => t.source === close)) consider(token.start.offset, open);
      for (const item of token.items) {
        check(item.key ?? undefined);
        check(item.value ?? undefined);
      }
    } else if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0] as Opener;
      if (token.source.length < 2 || !token.source.endsWith(quote)) consider(token.offset, quote);
    }
  };
  try {
    for (const token of new Parser().parse(text)) {
      if (token.type !== 'document') continue;
      CST.visit(token, (item) => {
        check(item.key ?? undefined);
        check(item.value ?? undefined);
      });
    }
  } catch {
    return undefined;
  }
  return found;
}

/** Aliases expand to copies; beyond this many expanded nodes the document is refused (entity expansion). */
const MAX_ALIAS_COUNT = 100;
const MAX_EXPANDED_NODES = 100_000;

/**
 * YAML 1.2's `!!float` for every number it may tag. The yaml library's core schema resolves `!!float`
 * only for a text that already looks like a float (`0.5`, `1e3`, `.inf`), so `!!float 3` — a float
 * by the YAML 1.2 spec — was "an unknown tag" read as the text '3'. This tag, not used without an
 * explicit `!!float`, reads any number YAML writes (`3`, `-0.5`, `1e3`, `.inf`, `.nan`); any other
 * text is the tag's error (TAG_RESOLVE_FAILED), at the value.
 */
const FLOAT_TAG: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  default: false,
  resolve(text, onError) {
    if (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
    if (/^[-+]?\.(?:inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    if (/^\.(?:nan|NaN|NAN)$/.test(text)) return Number.NaN;
    onError(`not a number for !!float: ${text}`);
    return text;
  },
};

/**
 * Parses YAML text into a located tree (null for an empty document). Syntax errors, duplicate keys,
 * too many aliases and non-scalar keys become diagnostics; it never throws.
 */
export function parseLocatedYaml(text: string, file: string): Checked<LocatedNode | null> {
  const { list, error, warning } = diagnosticsFor(file);
  const lineCounter = new LineCounter();
  // logLevel 'error': the library's own warnings go to doc.warnings (diagnostics below), never to the
  // terminal as a Node process warning ("Keys with collection values will be stringified … Set
  // mapAsMap: true" beside spp's YAML_COMPLEX_KEY error).
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: false, logLevel: 'error', customTags: [FLOAT_TAG] });
  const pos = (offset: number): { line: number; col: number } => {
    const p = lineCounter.linePos(offset);
    return { line: Math.max(1, p.line), col: Math.max(1, p.col) };
  };
  for (const e of doc.errors) {
    const p = pos(e.pos[0]);
    if (e.code === 'DUPLICATE_KEY') {
      const comma = decimalCommaBefore(text, e.pos[0]);
      error(
        'YAML_DUPLICATE_KEY',
        p.line,
        p.col,
        comma === undefined
          ? { en: 'duplicate key: a key may appear once in a map; remove or rename the second one', nl: 'dubbele sleutel: een sleutel mag één keer in een map staan; verwijder of hernoem de tweede' }
          : {
              en: `duplicate key '${comma.key}': inside { … } YAML reads ${comma.written} as ${comma.whole} and a key '${comma.key}' — a decimal comma, as in Dutch, splits the number. Write ${comma.fix}`,
              nl: `dubbele sleutel '${comma.key}': binnen { … } leest YAML ${comma.written} als ${comma.whole} en een sleutel '${comma.key}' — een decimale komma splitst het getal. Schrijf ${comma.fix}`,
            },
      );
    }
    else {
      // An unclosed [ { or quote is noticed where the next key starts (a line or more later); point at the opener.
      const opener = unclosedOpenerBefore(text, e.code, e.message, e.pos[0]);
      if (opener !== undefined) {
        const at = pos(opener.offset);
        error('YAML_SYNTAX', at.line, at.col, { en: `YAML syntax error: ${UNCLOSED[opener.char].en}`, nl: `YAML-syntaxfout: ${UNCLOSED[opener.char].nl}` });
      } else error('YAML_SYNTAX', p.line, p.col, { en: `YAML syntax error: ${yamlProblem(e.code).en}`, nl: `YAML-syntaxfout: ${yamlProblem(e.code).nl}` });
    }
  }
  for (const w of doc.warnings) {
    const p = pos(w.pos[0]);
    warning('YAML_WARNING', p.line, p.col, { en: `YAML warning: ${yamlProblem(w.code).en}`, nl: `YAML-waarschuwing: ${yamlProblem(w.code).nl}` });
  }
  if (list.length > 0 && list.some((d) => d.severity === 'error')) return { value: null, diagnostics: list };
  try {
    // yaml's own guard against "billion laughs": counts alias expansions.
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    error('YAML_ALIAS_LIMIT', 1, 1, { en: `too many YAML aliases (more than ${MAX_ALIAS_COUNT} expansions of *name): write the values out`, nl: `te veel YAML-aliassen (meer dan ${MAX_ALIAS_COUNT} uitbreidingen van *naam): schrijf de waarden uit` });
    return { value: null, diagnostics: list };
  }
  if (doc.contents === null || doc.contents === undefined) return { value: null, diagnostics: list };

  let expanded = 0;
  const originOf = (node: Node | null | undefined, fallback: Origin): Origin => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { ...fallback };
    const p = pos(offset);
    return { file, line: p.line, column: p.col };
  };
  const build = (node: unknown, fallback: Origin, depth: number): LocatedNode => {
    expanded += 1;
    if (expanded > MAX_EXPANDED_NODES || depth > 200) throw new AliasLimit();
    if (isAlias(node)) {
      const target = node.resolve(doc as Document);
      return build(target ?? null, originOf(node, fallback), depth + 1);
    }
    if (isMap(node)) {
      const origin = originOf(node, fallback);
      const entries = new Map<string, LocatedNode>();
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const keyNode = pair.key as Node | null;
        const keyOrigin = originOf(keyNode, origin);
        let key: string;
        if (keyNode === null || keyNode === undefined) key = '';
        else if (isScalar(keyNode)) {
          key = String(keyNode.value);
          // YAML 1.1's merge key, read as a key named '<<': "unknown key … (not shown)" beside "rate: found nothing".
          if (key === '<<' && keyNode.type === Scalar.PLAIN) {
            error('YAML_MERGE_KEY', keyOrigin.line, keyOrigin.column, {
              en: 'YAML merge keys (<<: *name) are not supported: write the keys out here, or put what scenarios share in one the others extend (extends:)',
              nl: "YAML-samenvoegsleutels (<<: *naam) worden niet ondersteund: schrijf de sleutels hier uit, of zet wat scenario's delen in een scenario waarop de andere voortbouwen (extends:)",
            });
            continue;
          }
          const misread = misreadKey(keyNode, key, text);
          if (misread !== undefined) error('YAML_KEY_NOT_AS_WRITTEN', keyOrigin.line, keyOrigin.column, misread);
        }
        else if (isAlias(keyNode)) {
          const target = keyNode.resolve(doc as Document);
          key = isScalar(target) ? String(target.value) : '';
        } else {
          error('YAML_COMPLEX_KEY', keyOrigin.line, keyOrigin.column, { en: 'a key must be a plain name or number, not a list or map', nl: 'een sleutel moet een gewone naam of een getal zijn, geen lijst of map' });
          continue;
        }
        const child = build(pair.value ?? null, { ...keyOrigin }, depth + 1);
        child.origin.keyLine = keyOrigin.line;
        child.origin.keyColumn = keyOrigin.column;
        if (isScalar(keyNode) && typeof keyNode.source === 'string') child.origin.keyText = keyNode.source;
        entries.set(key, child);
      }
      return { kind: 'map', origin, entries };
    }
    if (isSeq(node)) {
      const origin = originOf(node, fallback);
      return { kind: 'seq', origin, items: node.items.map((item) => build(item, origin, depth + 1)) };
    }
    if (isScalar(node)) {
      const origin = originOf(node, fallback);
      if (typeof node.value === 'number' && typeof node.source === 'string') origin.text = node.source;
      return { kind: 'scalar', origin, value: node.value };
    }
    return { kind: 'scalar', origin: { ...fallback }, value: null };
  };
  try {
    const root = build(doc.contents, { file, line: 1, column: 1 }, 0);
    return { value: root, diagnostics: list };
  } catch (e) {
    if (!(e instanceof AliasLimit)) throw e;
    error('YAML_ALIAS_LIMIT', 1, 1, { en: `the document expands to more than ${MAX_EXPANDED_NODES} values or nests deeper than 200 levels`, nl: `het document groeit uit tot meer dan ${MAX_EXPANDED_NODES} waarden of is dieper genest dan 200 niveaus` });
    return { value: null, diagnostics: list };
  }
}

class AliasLimit extends Error {}

/**
 * A plain key YAML reads as something other than its text: `007`, `1e2`, `0x1F`, `1.0`, `+5` are
 * numbers whose own form is 7, 100, 31, 1 and 5, so `targets: { 007: … }` would silently mean
 * function '7'. Keys that read back as written (`2030`, `-1`, `true`) stay fine — years are numeric
 * keys. A key split off a number by a decimal comma (`{ rate: 0,05 }`) is left to the scenario
 * reader, which explains that habit.
 */
function misreadKey(keyNode: Scalar, key: string, text: string): Message | undefined {
  if (typeof keyNode.value === 'string' || keyNode.type !== Scalar.PLAIN) return undefined;
  const written = keyNode.source;
  if (typeof written !== 'string' || written === key) return undefined;
  const offset = keyNode.range?.[0];
  if (offset !== undefined && decimalCommaBefore(text, offset) !== undefined) return undefined;
  const isNumber = typeof keyNode.value === 'number';
  // .inf and .nan are YAML's infinity and not-a-number: said in words, not as JavaScript prints them.
  const value = keyNode.value;
  const special =
    typeof value === 'number' && !Number.isFinite(value)
      ? Number.isNaN(value)
        ? { en: "'not a number'", nl: "'geen getal'" }
        : value > 0
          ? { en: 'infinity', nl: 'oneindig' }
          : { en: 'minus infinity', nl: 'min oneindig' }
      : null;
  if (special !== null) {
    return {
      en: `the key ${written} is read by YAML as ${special.en}, not as the text written: to mean the name '${written}', put it in quotes: "${written}" or '${written}'`,
      nl: `de sleutel ${written} leest YAML als ${special.nl}, niet als de tekst zoals geschreven: bedoelt u de naam '${written}', zet hem dan tussen aanhalingstekens: "${written}" of '${written}'`,
    };
  }
  const kind = isNumber ? { en: 'the number', nl: 'het getal' } : { en: 'the value', nl: 'de waarde' };
  const orNumber = isNumber && Number.isFinite(keyNode.value) ? { en: `; to mean the number, write ${key}`, nl: `; bedoelt u het getal, schrijf dan ${key}` } : { en: '', nl: '' };
  return {
    en: `the key ${written} is read by YAML as ${kind.en} ${key}, not as the text written: to mean the name '${written}', put it in quotes: "${written}" or '${written}'${orNumber.en}`,
    nl: `de sleutel ${written} leest YAML als ${kind.nl} ${key}, niet als de tekst zoals geschreven: bedoelt u de naam '${written}', zet hem dan tussen aanhalingstekens: "${written}" of '${written}'${orNumber.nl}`,
  };
}

/**
 * `{ analyse: 0,5, advies: 0,5 }`: YAML reads two keys '5', the second a duplicate. When the key at
 * `offset` is digits right after a whole number and a comma (`0,5`), the number as the writer meant it.
 */
function decimalCommaBefore(text: string, offset: number): { key: string; whole: string; written: string; fix: string } | undefined {
  const key = /^\d+/.exec(text.slice(offset))?.[0];
  const whole = /[+-]?\d+(?=,$)/.exec(text.slice(Math.max(0, offset - 12), offset))?.[0];
  if (key === undefined || whole === undefined) return undefined;
  return { key, whole, written: `${whole},${key}`, fix: `${whole}.${key}` };
}

/**
 * Deep merge for `extends`: maps merge key by key (the child wins), anything else (lists, scalars)
 * is replaced by the child's value. Origins stay with the node that supplied each value.
 */
export function mergeLocated(parent: LocatedNode, child: LocatedNode): LocatedNode {
  if (parent.kind !== 'map' || child.kind !== 'map') return child;
  const entries = new Map(parent.entries);
  for (const [key, value] of child.entries) {
    const base = entries.get(key);
    entries.set(key, base === undefined ? value : mergeLocated(base, value));
  }
  return { kind: 'map', origin: child.origin, entries };
}

/** The plain JavaScript value of a located tree (maps become objects with string keys). */
export function toPlain(node: LocatedNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(toPlain);
    case 'map':
      // fromEntries defines own properties, so a key like `__proto__` cannot touch the prototype.
      return Object.fromEntries([...node.entries].map(([k, v]) => [k, toPlain(v)]));
  }
}

/** The node at `path`, or undefined. */
export function nodeAt(root: LocatedNode, path: readonly (string | number)[]): LocatedNode | undefined {
  let node: LocatedNode | undefined = root;
  for (const step of path) {
    if (node === undefined) return undefined;
    if (node.kind === 'map') node = node.entries.get(String(step));
    else if (node.kind === 'seq' && typeof step === 'number') node = node.items[step];
    else return undefined;
  }
  return node;
}

/**
 * The location of the value at `path` (or of its key with part 'key'). A path that leads past what
 * exists (a missing key) gives the deepest existing node: the parent map, at its key when it has one.
 */
export function locateIn(root: LocatedNode, path: readonly (string | number)[], part: 'value' | 'key' = 'value'): Location {
  let node = root;
  let complete = true;
  for (const step of path) {
    const next = nodeAt(node, [step]);
    if (next === undefined) {
      complete = false;
      break;
    }
    node = next;
  }
  const o = node.origin;
  const atKey = (part === 'key' || !complete) && o.keyLine !== undefined && o.keyColumn !== undefined;
  return atKey ? { file: o.file, line: o.keyLine!, column: o.keyColumn! } : { file: o.file, line: o.line, column: o.column };
}
