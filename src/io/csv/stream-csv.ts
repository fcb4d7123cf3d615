import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { isAscii, isUtf8 } from 'node:buffer';
import { parse, type CsvError } from 'csv-parse';
import { UserError } from '../../diagnostics/diagnostic.js';
import { displayPath } from '../../diagnostics/format-diagnostics.js';
import { describeFsError } from '../fs-errors.js';
import { inputFileProblem, unreadable } from '../input-file.js';
import type { CsvDiagnostics } from './csv-diagnostics.js';
import type { CsvOptions, Encoding } from './csv-options.js';
import { detectDelimiter } from './detect-delimiter.js';
import { decodeWindows1252 } from './windows-1252.js';

/** What the reader found out about a file's dialect. */
interface CsvDialect {
  delimiter: string;
  /** Numbers with a decimal comma (CsvOptions.decimalComma, unless a preset's file turned out to be spp's own `,` format). */
  decimalComma: boolean;
  /** 'utf-8' also for pure ASCII files. */
  encoding: Encoding;
  bom: boolean;
}

/** Receives a CSV file's header and rows as they are parsed. */
export interface CsvSink {
  /** Called once before the header with a guess of the data rows (file size ÷ the first lines' length), to size tables. */
  expectRows?(rows: number): void;
  /** The header fields (trimmed), their line and the file's dialect. Return false to stop reading (e.g. a required column is missing). */
  header(names: string[], line: number, dialect: CsvDialect): boolean;
  /** One data row: its fields (untrimmed, as many as the header) and the 1-based physical line it starts on. */
  row(fields: string[], line: number): void;
}

export interface CsvStreamResult {
  dialect: CsvDialect;
  /** True when a header line was found. */
  header: boolean;
  /** Non-blank data rows seen, including rows rejected as ragged. */
  rows: number;
  /**
   * SHA-256 (hex) of the file's bytes, hashed as they were read (no second read for the stamp);
   * undefined when reading stopped before the end.
   */
  sha256?: string;
}

/** Knobs for tests: both give the same records, lines and diagnostics. */
export interface CsvTuning {
  /** false: every file goes through csv-parse, also when it has no quotes. Default true. */
  fastSplit?: boolean;
  /** Bytes per read; default 64 KiB. Small values exercise chunk boundaries. */
  chunkBytes?: number;
}

const SNIFF_BYTES = 64 * 1024;
/**
 * Bytes per read of the whole file. A chunk becomes one string when split; up to 64 KiB that string
 * is young and goes at the next scavenge, while a 256 KiB one lands in V8's large-object space and
 * waits for a full collection (on a million rows ~12 MB more peak RSS, for no measurable speed).
 */
const READ_BYTES = 64 * 1024;
/** Guards against an unclosed quote swallowing the rest of a large file into one field. */
const MAX_RECORD_SIZE = 1_000_000;

/** A delimiter as a message names it: `';'`, or `tab`. */
function delimiterName(d: string): string {
  return d === '\t' ? 'tab' : `'${d}'`;
}

/**
 * The delimiter a `sep=X` first line names, unless the header after it has no X and another delimiter
 * instead (a hint left on a file saved again with commas): then the header's own, with a warning
 * (it read the whole header as one column and said "no column 'function_id'").
 */
function delimiterOfHint(hint: RegExpExecArray | null, headText: string, diagnostics: CsvDiagnostics): string | undefined {
  if (hint === null) return undefined;
  const hinted = hint[1]!;
  const header = headText.slice(hint[0].length);
  const found = detectDelimiter(header);
  if (header.includes(hinted) || !header.split(/\r?\n/, 1)[0]!.includes(found)) return hinted;
  diagnostics.warning('CSV_SEP_HINT_MISMATCH', 1, 1, {
    en: `the first line says 'sep=${hinted === '\t' ? '<tab>' : hinted}', but the header has no ${delimiterName(hinted)} and is separated by ${delimiterName(found)}: read with ${delimiterName(found)}. Remove the sep= line, or save the file with ${delimiterName(hinted)}`,
    nl: `de eerste regel zegt 'sep=${hinted === '\t' ? '<tab>' : hinted}', maar de kopregel heeft geen ${delimiterName(hinted)} en is gescheiden door ${delimiterName(found)}: gelezen met ${delimiterName(found)}. Haal de regel sep= weg, of sla het bestand op met ${delimiterName(hinted)}`,
  });
  return found;
}

/**
 * The delimiter a preset reads (excel-nl: `;`), unless the header has none of it and is separated by
 * another: then the header's own, with a notice. `spp init` writes functions.csv in spp's own format
 * (`,`, decimal points), which --preset excel-nl read as one column and reported as "no column
 * 'function_id'", the header itself withheld as content.
 */
function delimiterOfPreset(preset: string | undefined, headText: string, diagnostics: CsvDiagnostics): string | undefined {
  if (preset === undefined) return undefined;
  const header = headText.split(/\r?\n/, 1)[0]!;
  const found = detectDelimiter(headText);
  if (found === preset || !header.includes(found) || header.includes(preset)) return preset;
  const points = found === ',';
  diagnostics.notice('CSV_PRESET_DELIMITER', 1, 1, {
    en: `--preset excel-nl reads files separated by ${delimiterName(preset)} with decimal commas, but this header is separated by ${delimiterName(found)}${points ? " (spp's own format)" : ''}: read with ${delimiterName(found)}${points ? ' and a decimal point' : ''}`,
    nl: `--preset excel-nl leest bestanden gescheiden door ${delimiterName(preset)} met decimale komma's, maar deze kopregel is gescheiden door ${delimiterName(found)}${points ? ' (het eigen formaat van spp)' : ''}: gelezen met ${delimiterName(found)}${points ? ' en een punt als decimaalteken' : ''}`,
  });
  return found;
}

/**
 * Streams a CSV file through dialect detection, decoding and csv-parse (or, for quote-free lines,
 * the equivalent SplitRecords) into `sink`, one row at a time, so memory stays flat whatever the
 * file's size. Problems of the file's form (binary content,
 * empty file, unclosed quotes, ragged rows) become diagnostics; a missing or unreadable file is a
 * UserError (exit code 2).
 */
export async function streamCsv(
  path: string,
  options: CsvOptions,
  diagnostics: CsvDiagnostics,
  sink: CsvSink,
  tuning: CsvTuning = {},
): Promise<CsvStreamResult> {
  const { head, size } = await sniff(path);
  const result: CsvStreamResult = {
    dialect: { delimiter: ',', decimalComma: options.decimalComma === true, encoding: options.encoding ?? 'utf-8', bom: false },
    header: false,
    rows: 0,
  };
  if (!checkHead(head, diagnostics)) return result;

  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const forced: Encoding | undefined = options.encoding ?? (bom ? 'utf-8' : undefined);
  const headText = decodeHead(head.subarray(bom ? 3 : 0), forced);
  // Excel's delimiter hint: a first line `sep=;` (written by exports meant for Excel) names the
  // delimiter and is not the header; read as a header it hid every column behind 'sep='.
  // Some tools quote it ("sep=;") or pad it with the delimiter to the width of the table (sep=;;;;).
  const sepHint = /^"?sep=([,;\t|])"?\1*[ \t]*(?:\r?\n|$)/i.exec(headText);
  result.dialect.delimiter =
    normaliseDelimiter(options.delimiter) ?? delimiterOfHint(sepHint, headText, diagnostics) ?? delimiterOfPreset(options.presetDelimiter, headText, diagnostics) ?? detectDelimiter(headText);
  // A preset's file in spp's own format: `,` between fields, so decimal points (a decimal comma would have to be quoted).
  if (options.presetDelimiter !== undefined && result.dialect.delimiter !== options.presetDelimiter && result.dialect.delimiter === ',') result.dialect.decimalComma = false;
  result.dialect.bom = bom;

  const hash = createHash('sha256');
  sink.expectRows?.(expectedRows(head, size));
  const decoder = new DecodeToUtf8(forced, diagnostics, hash);
  let headerNames: string[] | undefined;
  // Physical line of the next record. csv-parse's `info` snapshots cost more than the parse itself
  // on large files, so lines are counted here: a record spans one line plus the line breaks inside
  // its quoted fields; empty lines arrive as records of one empty field.
  let nextLine = 1;
  let stopped = false;

  // Pipe-delimited exports (Raet, AFAS) do not quote: a `"` there is an ordinary character, so a
  // stray one at the start of a field cannot swallow the lines after it (#13 class 7). A field
  // wholly in quotes is still read without them.
  const literalQuotes = result.dialect.delimiter === '|';
  let parseFailed = false;

  // Quoted fields that hold line breaks. One whose inner lines look like rows is a stray or
  // unclosed quote that swallowed them, however many such fields the file has: each is an error
  // where it opens. A lone field without such lines is a warning (more often a quote that closed
  // too late than a note with a line break); several are notes written on purpose.
  let multiLine = 0;
  let firstMultiLine: MultiLineField | undefined;

  const onRecord = (record: string[]): void => {
    if (stopped) return;
    oversized = false;
    if (literalQuotes) unquoteWholeFields(record);
    const line = nextLine;
    const breaks = lineBreaks(record);
    nextLine += 1 + breaks;
    if (record.length === 1 && record[0] === OVERSIZED_LINE) {
      parseFailed = true;
      if (headerNames === undefined) {
        // Without its header the rows cannot be read: the next line taken as the header would mislead.
        diagnostics.error('CSV_PARSE_ERROR', line, 0, {
          en: `the header line is longer than ${MAX_RECORD_SIZE} bytes: expected column names (is this a CSV export?); nothing is read`,
          nl: `de kopregel is langer dan ${MAX_RECORD_SIZE} bytes: verwacht kolomnamen (is dit een CSV-export?); er wordt niets gelezen`,
        });
        stopped = true;
        source.destroy();
        return;
      }
      diagnostics.error('CSV_PARSE_ERROR', line, 0, {
        en: `a line longer than ${MAX_RECORD_SIZE} bytes: probably the wrong delimiter or a field that ran on; the line is left out and the rows after it are read`,
        nl: `een regel van meer dan ${MAX_RECORD_SIZE} bytes: waarschijnlijk het verkeerde scheidingsteken of een veld dat doorloopt; de regel wordt overgeslagen en de regels erna worden gelezen`,
      });
      return;
    }
    if (breaks > 0) {
      for (const field of multiLineFields(record, line, headerNames?.length ?? record.length, result.dialect.delimiter)) {
        if (field.rowLike > 0) reportMultiLineField(field, diagnostics, false);
        else if (multiLine === 0) firstMultiLine = field;
        multiLine++;
      }
    }
    if (line === 1 && sepHint !== null) return;
    if (record[0]!.trim() === '' && isBlank(record)) return;
    if (headerNames === undefined) {
      headerNames = record.map((name) => name.trim());
      result.header = true;
      if (!sink.header(headerNames, line, result.dialect)) {
        stopped = true;
        source.destroy();
      }
      return;
    }
    result.rows++;
    const width = headerNames.length;
    if (record.length !== width) {
      if (record.length > width && record.slice(width).every((f) => f.trim() === '')) {
        record.length = width; // a trailing delimiter at the end of the line is harmless
      } else {
        // A lone CR (an old Mac line end, or a row pasted in from one) in a file of LF or CRLF lines ends
        // no line: two rows read as one, and an editor shows them apart ("found 13" on a line of 7).
        const index = record.findIndex((f) => f.includes('\r'));
        if (index >= 0 && record.length > width) {
          diagnostics.error('CSV_RAGGED_ROW', line, index + 1, {
            en: `expected ${width} fields like the header, found ${record.length}: a lone carriage return (CR, without LF) in field ${index + 1} does not end the line, so two rows were read as one and are left out. Save the file with one kind of line end (LF or CRLF)`,
            nl: `verwacht ${width} velden, zoals de kopregel, maar vond er ${record.length}: een losse regelterugloop (CR, zonder LF) in veld ${index + 1} beëindigt de regel niet, dus twee regels zijn als één gelezen en worden overgeslagen. Sla het bestand op met één soort regeleinde (LF of CRLF)`,
          });
          return;
        }
        const column = record.length > width ? width + 1 : record.length + 1;
        diagnostics.error(
          'CSV_RAGGED_ROW',
          line,
          column,
          { en: `expected ${width} fields like the header, found ${record.length}; the row is left out (check the delimiter '${printable(result.dialect.delimiter)}' and quotes)`, nl: `verwacht ${width} velden, zoals de kopregel, maar vond er ${record.length}; de regel wordt overgeslagen (controleer het scheidingsteken '${printable(result.dialect.delimiter)}' en de aanhalingstekens)` },
        );
        return;
      }
    }
    const totals = totalsLabel(record);
    if (totals >= 0) {
      result.rows--;
      const label = record[totals]!.trim();
      diagnostics.warning('CSV_TOTALS_ROW', line, totals + 1, {
        en: `a totals row ('${label}', otherwise only numbers), not an employee or a function: left out; spp adds up itself. Remove the row from the file to silence this warning`,
        nl: `een totaalregel ('${label}', verder alleen getallen), geen medewerker of functie: overgeslagen; spp telt zelf op. Haal de regel uit het bestand om deze waarschuwing kwijt te raken`,
      });
      return;
    }
    sink.row(record, line);
  };

  /** csv-parse from the file's start (`recordDelimiter` undefined) or from a line boundary inside it. */
  let oversized = false;
  const loneCr = /^[^\n]*\r(?!\n)/.test(headText);
  const createParser = (recordDelimiter: string | undefined): Transform => {
    // on_skip's err.lines counts from where this parser started.
    const lineOffset = nextLine - 1;
    const parser = parse({
      delimiter: result.dialect.delimiter,
      bom: recordDelimiter === undefined,
      relax_column_count: true,
      relax_quotes: true,
      ...(literalQuotes ? { quote: false } : {}),
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_SIZE,
      // Both line endings, whichever the file starts with: csv-parse otherwise keeps to the first
      // one it meets, and a file with CRLF and LF lines mixed (rows appended by another program)
      // ran its LF lines together into ragged rows. Only a file of old-Mac lone CRs is left to its detection.
      ...(recordDelimiter === undefined && loneCr ? {} : { record_delimiter: ['\r\n', '\n'] }),
      on_skip: (err: CsvError | undefined) => {
        parseFailed = true;
        // csv-parse gives up on an over-long row in pieces of MAX_RECORD_SIZE: one message for the row.
        const more = err?.code === 'CSV_MAX_RECORD_SIZE' && oversized;
        oversized = err?.code === 'CSV_MAX_RECORD_SIZE';
        if (!more) reportParseError(err, nextLine, diagnostics);
        nextLine = typeof err?.lines === 'number' ? lineOffset + err.lines + 1 : nextLine + 1;
      },
    });
    parser.on('data', onRecord);
    return parser;
  };

  const source = createReadStream(path, { highWaterMark: tuning.chunkBytes ?? READ_BYTES });
  const records =
    tuning.fastSplit === false || !splittable(result.dialect.delimiter)
      ? createParser(undefined)
      : new SplitRecords(result.dialect.delimiter, onRecord, createParser, literalQuotes);
  try {
    await pipeline(source, decoder, new LongLineGuard(), records);
    if (!stopped) result.sha256 = hash.digest('hex');
  } catch (err) {
    if (!stopped) {
      if (isFsError(err)) throw cannotRead(path, err);
      parseFailed = true;
      reportParseError(err as CsvError, nextLine, diagnostics);
    }
  }
  result.dialect.encoding = decoder.encoding;
  if (multiLine === 1 && firstMultiLine !== undefined && !stopped) reportMultiLineField(firstMultiLine, diagnostics, true);
  // (A header line that could not be parsed has its own error: the file is not empty.)
  if (!result.header && !parseFailed) {
    diagnostics.error('CSV_EMPTY', 1, 0, { en: 'the file is empty: expected a header line with column names', nl: 'het bestand is leeg: verwacht een kopregel met kolomnamen' });
  } else if (result.rows === 0 && !stopped && !parseFailed) {
    diagnostics.error('CSV_NO_ROWS', 1, 0, { en: 'the file has a header but no data rows', nl: 'het bestand heeft een kopregel maar geen gegevensregels' });
  }
  return result;
}

/** '\t' for "tab" or "\\t"; undefined when no override was given. */
function normaliseDelimiter(delimiter: string | undefined): string | undefined {
  if (delimiter === undefined) return undefined;
  if (delimiter === 'tab' || delimiter === '\\t') return '\t';
  if (delimiter.length !== 1) {
    throw new UserError({ en: `--delimiter expects one character (',', ';', '|' or tab), got '${delimiter}'`, nl: `--delimiter verwacht één teken (',', ';', '|' of tab), niet '${delimiter}'` }, 2);
  }
  return delimiter;
}

/** The file's first bytes and its size. */
async function sniff(path: string): Promise<{ head: Buffer; size: number }> {
  try {
    const problem = inputFileProblem(path);
    if (problem !== null) throw new UserError(unreadable(displayPath(path), problem), 2);
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(SNIFF_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
      return { head: buffer.subarray(0, bytesRead), size: (await handle.stat()).size };
    } finally {
      await handle.close();
    }
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw cannotRead(path, err);
  }
}

/** Data rows to expect: those in the head when it is the whole file, else the file's size over the head's bytes per line. */
function expectedRows(head: Buffer, size: number): number {
  const lines = countLineBreaks(head);
  if (head.length >= size) return Math.max(0, lines - 1);
  return lines === 0 ? 0 : Math.ceil(size / (head.length / lines));
}

/** Rejects content that is not a text CSV at all; true when reading may go on. */
function checkHead(head: Buffer, diagnostics: CsvDiagnostics): boolean {
  if (head.length === 0) {
    diagnostics.error('CSV_EMPTY', 1, 0, { en: 'the file is empty: expected a header line with column names', nl: 'het bestand is leeg: verwacht een kopregel met kolomnamen' });
    return false;
  }
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    diagnostics.error('CSV_BINARY', 1, 1, { en: 'the file is UTF-16 encoded; expected UTF-8 or Windows-1252 (save it as "CSV UTF-8")', nl: 'het bestand is in UTF-16 opgeslagen; verwacht UTF-8 of Windows-1252 (sla het op als "CSV UTF-8")' });
    return false;
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    diagnostics.error('CSV_BINARY', 1, 1, { en: 'the file is a ZIP archive (an Excel .xlsx workbook?); expected a CSV text file (save it as CSV)', nl: 'het bestand is een ZIP-archief (een Excel-werkmap .xlsx?); verwacht een CSV-tekstbestand (sla het op als CSV)' });
    return false;
  }
  const nul = head.indexOf(0);
  if (nul !== -1) {
    const before = head.subarray(0, nul);
    let line = 1;
    for (let i = before.indexOf(0x0a); i !== -1; i = before.indexOf(0x0a, i + 1)) line++;
    diagnostics.error('CSV_BINARY', line, 0, { en: 'the file contains NUL bytes: it is binary, not a CSV text file', nl: 'het bestand bevat NUL-bytes: het is binair, geen CSV-tekstbestand' });
    return false;
  }
  return true;
}

function decodeHead(bytes: Buffer, forced: Encoding | undefined): string {
  const encoding = forced ?? firstNonAsciiEncoding(bytes) ?? 'utf-8';
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder('utf-8').decode(bytes);
}

/**
 * The encoding told by the first non-ASCII character: 'utf-8' when it is a valid UTF-8 sequence
 * (or a plausible one cut off by the end of the chunk), 'windows-1252' otherwise; undefined when
 * the bytes are all ASCII.
 */
function firstNonAsciiEncoding(bytes: Buffer): Encoding | undefined {
  let i = 0;
  while (i < bytes.length && bytes[i]! < 0x80) i++;
  if (i === bytes.length) return undefined;
  const lead = bytes[i]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0) return 'windows-1252';
  const sequence = bytes.subarray(i, i + length);
  if (sequence.length < length) {
    return sequence.subarray(1).every((b) => (b & 0xc0) === 0x80) ? 'utf-8' : 'windows-1252';
  }
  return isUtf8(sequence) ? 'utf-8' : 'windows-1252';
}

/** The bytes up to the last complete UTF-8 sequence (a chunk may end inside a character). */
function completeUtf8(bytes: Buffer): Buffer {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead byte
    if (b < 0x80) return bytes;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return length > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}

/**
 * Passes UTF-8 bytes through and converts Windows-1252 to UTF-8. Without an override, the first
 * non-ASCII bytes decide: valid UTF-8 there means UTF-8 (a Windows-1252 letter such as é, 0xE9,
 * followed by ASCII is never valid UTF-8), otherwise Windows-1252 — all bytes before were ASCII,
 * which both encodings read alike. Invalid UTF-8 after that point gives one warning.
 */
class DecodeToUtf8 extends Transform {
  private state: Encoding | 'undecided';
  private carry: Buffer = Buffer.alloc(0);
  private warned = false;
  /** Line breaks in the bytes passed on so far, to name the first line that is not UTF-8. */
  private lines = 0;

  constructor(
    /** The encoding --encoding gave, if any: then the warning does not advise to give it. */
    private readonly forced: Encoding | undefined,
    private readonly diagnostics: CsvDiagnostics,
    /** Every byte read passes here first, as it is in the file. */
    private readonly hash: Hash,
  ) {
    super();
    this.state = forced ?? 'undecided';
  }

  get encoding(): Encoding {
    return this.state === 'windows-1252' ? 'windows-1252' : 'utf-8';
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    if (this.state === 'windows-1252') {
      callback(null, Buffer.from(decodeWindows1252(chunk), 'utf8'));
      return;
    }
    if (this.state === 'undecided' && isAscii(chunk)) {
      this.lines += countLineBreaks(chunk);
      callback(null, chunk);
      return;
    }
    if (this.state === 'utf-8' && this.warned) {
      callback(null, chunk);
      return;
    }
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    const complete = completeUtf8(bytes);
    const valid = isUtf8(complete);
    this.carry = Buffer.from(bytes.subarray(complete.length));
    if (this.state === 'undecided') {
      this.state = firstNonAsciiEncoding(chunk) ?? 'utf-8';
      if (this.state === 'windows-1252') {
        this.carry = Buffer.alloc(0);
        callback(null, Buffer.from(decodeWindows1252(chunk), 'utf8'));
        return;
      }
    }
    if (!valid && !this.warned) {
      this.warned = true;
      const line = this.lines + firstInvalidLine(complete);
      this.diagnostics.warning(
        'CSV_INVALID_UTF8',
        line,
        0,
        this.forced === 'utf-8'
          ? { en: `read as UTF-8 (--encoding utf-8), but line ${line} is not UTF-8 (Windows-1252, e.g. an é typed in another program?); its odd bytes are read as \uFFFD. Save the export as UTF-8 throughout, or give --encoding windows-1252 if it is Windows-1252`, nl: `gelezen als UTF-8 (--encoding utf-8), maar regel ${line} is geen UTF-8 (Windows-1252, bijvoorbeeld een é die in een ander programma is getypt?); de afwijkende bytes worden gelezen als \uFFFD. Sla de export helemaal als UTF-8 op, of geef --encoding windows-1252 als het Windows-1252 is` }
          : { en: `the file is UTF-8, but line ${line} is not (Windows-1252, e.g. an é typed in another program?); its odd bytes are read as \uFFFD. Save the export as UTF-8 throughout, or give --encoding windows-1252 if the whole file is Windows-1252`, nl: `het bestand is UTF-8, maar regel ${line} niet (Windows-1252, bijvoorbeeld een é die in een ander programma is getypt?); de afwijkende bytes worden gelezen als \uFFFD. Sla de export helemaal als UTF-8 op, of geef --encoding windows-1252 mee als het hele bestand Windows-1252 is` },
      );
    }
    if (!this.warned) this.lines += countLineBreaks(complete);
    callback(null, chunk);
  }
}

function countLineBreaks(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** The 1-based line (within `bytes`) holding the first byte sequence that is not UTF-8. */
function firstInvalidLine(bytes: Buffer): number {
  let line = 1;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); ; i = bytes.indexOf(0x0a, start)) {
    const end = i === -1 ? bytes.length : i;
    if (!isUtf8(bytes.subarray(start, end))) return line;
    if (i === -1) return line;
    start = i + 1;
    line++;
  }
}

/**
 * Stands in for a physical line longer than MAX_RECORD_SIZE bytes (LongLineGuard): a NUL, which no
 * CSV text holds (checkHead refuses binary files), so the record it becomes cannot be a real one.
 */
const OVERSIZED_LINE = '\u0000spp:oversized-line';

/**
 * Cuts out every physical line longer than MAX_RECORD_SIZE bytes and passes OVERSIZED_LINE in its
 * place, so the reader reports it at its line and goes on with the next. csv-parse's own limit
 * (max_record_size) stops at the first such line and drops the rest of the file with it: every
 * later row went unchecked. Holds back at most one partial line (the bytes after the last line
 * break seen); a record over several lines (an unclosed quote) is still csv-parse's to limit.
 */
class LongLineGuard extends Transform {
  /** Bytes after the last line break passed on: the start of a line not yet complete. */
  private carry: Buffer | undefined;
  /** Inside an over-long line: its bytes are dropped up to its line break. */
  private dropping = false;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const bytes = this.carry === undefined ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = undefined;
    // No line can run over the limit in a region shorter than it (a chunk is ~64 KiB): pass on every
    // whole line and hold back the rest. Only a longer region, or one inside an over-long line, is
    // looked at line by line.
    if (!this.dropping && bytes.length <= MAX_RECORD_SIZE) {
      const cut = lastBreakEnd(bytes);
      if (cut < bytes.length) this.carry = Buffer.from(bytes.subarray(cut));
      callback(null, cut === 0 ? undefined : bytes.subarray(0, cut));
      return;
    }
    const out: Buffer[] = [];
    let pos = 0;
    for (;;) {
      const next = nextBreak(bytes, pos);
      if (next === null) {
        // The line goes on past this region (a CR at its very end may yet be half of a CRLF).
        const open = bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
        if (this.dropping || open - pos > MAX_RECORD_SIZE) {
          this.dropping = true;
          if (open < bytes.length) this.carry = Buffer.from(bytes.subarray(open));
        } else if (pos < bytes.length) this.carry = Buffer.from(bytes.subarray(pos));
        break;
      }
      const [at, after] = next;
      // The line and its own break (LF, CRLF or a lone CR), or the stand-in with that break.
      if (this.dropping || at - pos > MAX_RECORD_SIZE) out.push(Buffer.from(OVERSIZED_LINE), bytes.subarray(at, after));
      else out.push(bytes.subarray(pos, after));
      this.dropping = false;
      pos = after;
    }
    callback(null, out.length === 0 ? undefined : Buffer.concat(out));
  }

  override _flush(callback: TransformCallback): void {
    const rest = this.carry;
    this.carry = undefined;
    if (this.dropping) callback(null, Buffer.from(OVERSIZED_LINE));
    else if (rest === undefined) callback();
    else callback(null, rest.length > MAX_RECORD_SIZE ? Buffer.from(OVERSIZED_LINE) : rest);
  }
}

/**
 * The next line break at or after `from` as [start, end): LF, CRLF, or a CR followed by anything
 * but LF (an old-Mac file's line ending). Null when there is none, or only a CR as the last byte.
 */
function nextBreak(bytes: Buffer, from: number): [number, number] | null {
  const lf = bytes.indexOf(LF, from);
  const cr = bytes.indexOf(CR, from);
  if (cr !== -1 && (lf === -1 || cr < lf)) {
    if (cr + 1 === bytes.length) return null;
    return bytes[cr + 1] === LF ? [cr, cr + 2] : [cr, cr + 1];
  }
  return lf === -1 ? null : [lf, lf + 1];
}

/** Where the whole lines of `bytes` end: after its last LF, else after its last lone CR, else 0. */
function lastBreakEnd(bytes: Buffer): number {
  const lf = bytes.lastIndexOf(LF);
  if (lf !== -1) return lf + 1;
  // A CR as the last byte may be half of a CRLF: it stays with the line.
  const cr = bytes.length > 1 ? bytes.lastIndexOf(CR, bytes.length - 2) : -1;
  return cr + 1;
}

/** Longest line the fast splitter takes; longer ones (a runaway field?) go to csv-parse. */
const MAX_FAST_LINE = 64 * 1024;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/** True when `delimiter` can be split on without csv-parse's help (an ASCII character other than a quote or line break). */
function splittable(delimiter: string): boolean {
  const code = delimiter.charCodeAt(0);
  return delimiter.length === 1 && code < 0x80 && code !== QUOTE && code !== LF && code !== CR;
}

/**
 * Splits quote-free lines itself and hands everything else to csv-parse. csv-parse reads a
 * byte at a time, which costs more than the rest of reading a million-row headcount; but a line
 * without quotes and with one kind of line ending is, for csv-parse too, just its fields between
 * delimiters. So whole chunks of such lines (valid UTF-8, line ending as the file's first, no
 * quote, no stray CR, no line over MAX_FAST_LINE) are split here; from the first chunk that is not
 * like that, the rest of the file goes through csv-parse, started at that line with the file's
 * record delimiter. Records, lines and diagnostics are the same either way (test/io/stream-csv.test.ts).
 */
class SplitRecords extends Writable {
  /** Bytes after the last line break seen (a line cut by the chunk boundary). */
  private carry: Buffer | undefined;
  /** The file's line ending; 'start' until the first line is split. */
  private mode: 'start' | 'lf' | 'crlf' = 'start';
  private parser: Transform | undefined;
  private failure: Error | undefined;
  private pending: ((err?: Error | null) => void) | undefined;

  constructor(
    private readonly delimiter: string,
    private readonly onRecord: (record: string[]) => void,
    private readonly createParser: (recordDelimiter: string | undefined) => Transform,
    /** Quotes are ordinary characters (a `|` file): lines holding them can be split here too. */
    private readonly literalQuotes = false,
  ) {
    super();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    if (this.parser !== undefined) {
      this.feed(chunk, callback);
      return;
    }
    const bytes = this.carry === undefined ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = undefined;
    const end = bytes.lastIndexOf(LF) + 1;
    if (end === 0 && bytes.length <= MAX_FAST_LINE) {
      this.carry = bytes;
      callback();
    } else if (end > 0 && this.split(bytes.subarray(0, end), false)) {
      if (end < bytes.length) this.carry = bytes.subarray(end);
      callback();
    } else {
      this.feed(bytes, callback);
    }
  }

  override _final(callback: (err?: Error | null) => void): void {
    const rest = this.carry;
    this.carry = undefined;
    if (this.parser === undefined) {
      if (rest === undefined || rest.length === 0 || this.split(rest, true)) {
        callback();
        return;
      }
      this.feed(rest, (err) => {
        if (err) callback(err);
      });
    }
    const parser = this.parser!;
    parser.end();
    finished(parser).then(
      () => callback(),
      (err: Error) => callback(err),
    );
  }

  override _destroy(err: Error | null, callback: (err?: Error | null) => void): void {
    this.parser?.destroy();
    callback(err);
  }

  /**
   * Splits `region` (whole lines; with `last`, the file's final line without a line break) into
   * records when it is plain; false, having emitted nothing, when csv-parse must read it.
   */
  private split(region: Buffer, last: boolean): boolean {
    let from = 0;
    if (this.mode === 'start' && region[0] === 0xef && region[1] === 0xbb && region[2] === 0xbf) from = 3;
    if ((!this.literalQuotes && region.indexOf(QUOTE, from) !== -1) || !isUtf8(region)) return false;
    const firstCr = region.indexOf(CR, from);
    let mode = this.mode;
    let lines = 0;
    let lineStart = from;
    for (let i = region.indexOf(LF, from); i !== -1; i = region.indexOf(LF, i + 1)) {
      if (i - lineStart > MAX_FAST_LINE) return false;
      lineStart = i + 1;
      lines++;
    }
    if (region.length - lineStart > MAX_FAST_LINE) return false;
    if (mode === 'start' && lines > 0) {
      // csv-parse takes the first line break it meets as the record delimiter: \r\n, \n or \r.
      const firstLf = region.indexOf(LF, from);
      if (firstCr !== -1 && firstCr < firstLf) {
        if (firstCr + 1 !== firstLf) return false;
        mode = 'crlf';
      } else {
        mode = 'lf';
      }
    }
    if (firstCr !== -1) {
      if (last || mode !== 'crlf') return false;
      let crs = 0;
      for (let i = firstCr; i !== -1; i = region.indexOf(CR, i + 1)) {
        if (region[i + 1] !== LF) return false;
        crs++;
      }
      if (crs !== lines) return false;
    } else if (mode === 'crlf' && lines > 0) {
      return false;
    }
    this.mode = mode;

    const text = region.toString('utf8', from);
    const n = text.length;
    const delimiter = this.delimiter;
    const crlf = mode === 'crlf' ? 1 : 0;
    // Position of the next delimiter at or after `p` (n: none left); kept across lines so a
    // file with few delimiters is not searched to its end on every line.
    let next = -1;
    let start = 0;
    while (start < n) {
      const lf = text.indexOf('\n', start);
      const lineEnd = lf === -1 ? n : lf - crlf;
      const record: string[] = [];
      let p = start;
      for (;;) {
        if (next < p) {
          next = text.indexOf(delimiter, p);
          if (next === -1) next = n;
        }
        if (next >= lineEnd) {
          record.push(text.slice(p, lineEnd));
          break;
        }
        record.push(text.slice(p, next));
        p = next + 1;
      }
      this.onRecord(record);
      start = lf === -1 ? n : lf + 1;
    }
    return true;
  }

  /** Passes bytes to csv-parse, created on first use (from the file's start when nothing was split yet). */
  private feed(bytes: Buffer, callback: (err?: Error | null) => void): void {
    if (this.parser === undefined) {
      this.parser = this.createParser(this.mode === 'start' ? undefined : this.mode === 'crlf' ? '\r\n' : '\n');
      this.parser.on('error', (err: Error) => {
        this.failure ??= err;
        const pending = this.pending;
        this.pending = undefined;
        pending?.(err);
      });
    }
    if (this.failure !== undefined) {
      callback(this.failure);
    } else if (this.parser.write(bytes)) {
      callback();
    } else {
      this.pending = callback;
      this.parser.once('drain', () => {
        const pending = this.pending;
        this.pending = undefined;
        pending?.();
      });
    }
  }
}

function reportParseError(err: CsvError | undefined, line: number, diagnostics: CsvDiagnostics): void {
  if (err?.code === 'CSV_QUOTE_NOT_CLOSED') {
    // err.index: the field (0-based) the quote opens.
    const column = typeof err.index === 'number' ? err.index + 1 : 0;
    diagnostics.error(
      'CSV_UNCLOSED_QUOTE',
      line,
      column,
      { en: `a field starting with a double quote " is never closed: expected a closing " (or, for a quote that belongs to the text, write it inside the field or double it: "")`, nl: `een veld dat begint met een dubbel aanhalingsteken " wordt nooit gesloten: verwacht een sluitend " (een aanhalingsteken dat bij de tekst hoort, zet u midden in het veld of verdubbelt u: "")` },
    );
  } else if (err?.code === 'CSV_MAX_RECORD_SIZE') {
    diagnostics.error('CSV_PARSE_ERROR', line, 0, { en: `a row longer than ${MAX_RECORD_SIZE} characters: probably an unclosed quote or the wrong delimiter`, nl: `een regel van meer dan ${MAX_RECORD_SIZE} tekens: waarschijnlijk een niet-gesloten aanhalingsteken of het verkeerde scheidingsteken` });
  } else {
    const message = err instanceof Error ? err.message : String(err);
    diagnostics.error('CSV_PARSE_ERROR', line, 0, { en: `cannot parse this row: ${message}`, nl: `deze regel is niet te lezen: ${message}` });
  }
}

/** A quoted field that spans lines: where it opens and closes, and how many whole lines inside it look like rows. */
interface MultiLineField {
  line: number;
  column: number;
  closes: number;
  rowLike: number;
}

/** Every field of a record (which starts on `line`) that holds a line break. */
function multiLineFields(record: string[], line: number, width: number, delimiter: string): MultiLineField[] {
  const fields: MultiLineField[] = [];
  let at = line;
  for (let column = 0; column < record.length; column++) {
    const value = record[column]!;
    if (!value.includes('\n')) continue;
    const inner = value.split('\n');
    // The lines inside the field after its first (the last up to the closing quote): each with a row's delimiters is probably a row.
    const rowLike = width < 2 ? 0 : inner.slice(1).filter((text) => text.split(delimiter).length >= width).length;
    fields.push({ line: at, column: column + 1, closes: at + inner.length - 1, rowLike });
    at += inner.length - 1;
  }
  return fields;
}

/**
 * A quoted field spanning lines (#13 class 7): an error when lines inside it look like rows (a stray
 * or unclosed quote swallowed them), else — when it is the only such field in the file (`only`) — a
 * warning (a note with a line break is allowed).
 */
function reportMultiLineField(field: MultiLineField, diagnostics: CsvDiagnostics, only: boolean): void {
  const spans = field.closes - field.line + 1;
  const where = {
    en: `a quoted field opens on line ${field.line} and closes on line ${field.closes}: it spans ${spans} lines${only ? ', and it is the only field in the file with a line break' : ''}`,
    nl: `een veld tussen aanhalingstekens begint op regel ${field.line} en sluit op regel ${field.closes}: het beslaat ${spans} regels${only ? ' en is het enige veld in het bestand met een regelovergang' : ''}`,
  };
  const n = field.rowLike;
  if (n > 0) {
    diagnostics.error('CSV_QUOTED_LINE_BREAK', field.line, field.column, {
      en: `${where.en}; ${n} ${n === 1 ? 'line inside it looks' : 'lines inside it look'} like a row, so a stray or unclosed double quote " probably swallowed ${n === 1 ? 'it' : 'them'} (remove the quote, or double it: "")`,
      nl: `${where.nl}; ${n} ${n === 1 ? 'regel erin lijkt' : 'regels erin lijken'} op een rij, dus een los of niet gesloten aanhalingsteken " heeft ${n === 1 ? 'die' : 'ze'} waarschijnlijk opgeslokt (haal het aanhalingsteken weg, of verdubbel het: "")`,
    });
  } else {
    diagnostics.warning('CSV_QUOTED_LINE_BREAK', field.line, field.column, {
      en: `${where.en}; check that this line break belongs to the text and no quote is missing`,
      nl: `${where.nl}; controleer of deze regelovergang bij de tekst hoort en er geen aanhalingsteken ontbreekt`,
    });
  }
}

/** A field wholly in double quotes (`"F001"`, `"Jan ""de"" Vries"`) without them, in place. */
function unquoteWholeFields(record: string[]): void {
  for (let i = 0; i < record.length; i++) {
    const f = record[i]!;
    if (f.length >= 2 && f.charCodeAt(0) === QUOTE && f.charCodeAt(f.length - 1) === QUOTE) record[i] = f.slice(1, -1).replaceAll('""', '"');
  }
}

/** Line breaks inside the fields of a record (a quoted field may span lines; CRLF counts once). */
function lineBreaks(record: string[]): number {
  let n = 0;
  for (const field of record) {
    for (let i = field.indexOf('\n'); i !== -1; i = field.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/** A totals label as a spreadsheet writes it: Totaal, Eindtotaal, Subtotaal, Totalen, Total, Grand Total, or a group's subtotal (`Publiekszaken Totaal`). */
const TOTALS_LABEL = /^(?:(?:sub|eind)?tota(?:al|len|l|ls)|grand total)(?:\s.*)?$|^.+\s(?:sub|eind)?tota(?:al|l)$/i;
/** A number as a totals row holds it: digits with separators, a sign, a currency sign or a percent. */
const NUMBERISH = /^[+-]?(?:€\s*)?\d[\d.,\s\u00a0]*%?$/;

/**
 * The field index of a totals row's label, or -1: one field reads as a totals label and every other
 * field is empty or a number. A spreadsheet's totals row ("Totaal;;43,2") or Excel's subtotals are
 * not data; a person or function called "Totaal" has a code, a date or a name beside it.
 */
function totalsLabel(record: string[]): number {
  let label = -1;
  for (let i = 0; i < record.length; i++) {
    const field = record[i]!.trim();
    if (field === '' || NUMBERISH.test(field)) continue;
    if (label >= 0 || !TOTALS_LABEL.test(field)) return -1;
    label = i;
  }
  return label;
}

function isBlank(record: string[]): boolean {
  for (const field of record) if (field.trim() !== '') return false;
  return true;
}

function printable(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

function isFsError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).syscall === 'string';
}

function cannotRead(path: string, err: unknown): UserError {
  return new UserError(describeFsError('read', displayPath(path), err), 2);
}
