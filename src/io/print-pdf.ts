import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Message } from '../diagnostics/message.js';
import { describeFsError } from './fs-errors.js';
import { holdTemp } from './interrupt-cleanup.js';

/**
 * Prints an HTML page to PDF with a locally installed Chromium (or Chrome/Edge) in headless mode,
 * `--print-to-pdf`: no npm dependency and no browser download — a CLI user has a browser, not
 * playwright. Paper size, margins and page numbers come from the page's own `@page` CSS (A4,
 * margin boxes), so the browser's date/URL header and footer are switched off.
 */

/** Names tried on PATH, in order. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'chrome'];
/** Fixed install locations (macOS, Windows) tried after PATH. */
const LOCATIONS = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser to print with: $SPP_CHROMIUM when set, else the first Chromium-family browser found; null when none. */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const explicit = env['SPP_CHROMIUM'];
  if (explicit !== undefined && explicit !== '') return executable(explicit) ? explicit : null;
  for (const dir of (env['PATH'] ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return LOCATIONS.find(executable) ?? null;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The message when no browser is found: how to install one, or how to print the HTML instead. */
function noBrowserMessage(htmlOut: string): Message {
  return {
    en:
      '--format pdf prints the report with a local Chromium or Google Chrome, and none was found. Install one ' +
      '(Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; Windows: install Chrome or Edge), ' +
      `or point SPP_CHROMIUM at the browser's program. Or write the HTML page (--out ${htmlOut}) and print it from any browser on A4.`,
    nl:
      '--format pdf drukt het rapport af met een lokale Chromium of Google Chrome, en die is niet gevonden. Installeer er een ' +
      '(Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium; Windows: installeer Chrome of Edge), ' +
      `of wijs met SPP_CHROMIUM het programma van de browser aan. Of schrijf de HTML-pagina (--out ${htmlOut}) en druk die vanuit een browser af op A4.`,
  };
}

/**
 * Chromium makes a Unix socket at TMPDIR/.org.chromium.Chromium.XXXXXX/SingletonSocket, and a socket's
 * path holds at most 107 bytes: with spp's folder as the browser's TMPDIR, a TMPDIR of more than ~40
 * characters (macOS's /var/folders/…/T/ has ~49) made Chromium abort (SIGABRT) and no PDF was printed.
 */
const SOCKET_PATH_MAX = 107;
const CHROMIUM_SOCKET = '/.org.chromium.Chromium.XXXXXX/SingletonSocket';

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The folder in which the page is printed: spp-pdf-… in TMPDIR, or in /tmp when TMPDIR is too long for Chromium's socket. */
export function pdfFolder(base: string = tmpdir(), fallback = '/tmp'): string {
  const name = `spp-pdf-${randomBytes(6).toString('hex')}`;
  const fits = (folder: string): boolean => Buffer.byteLength(join(folder, name) + CHROMIUM_SOCKET) <= SOCKET_PATH_MAX;
  // A TMPDIR that is not a folder keeps its own message (inTemp below), whatever its length.
  if (process.platform === 'win32' || fits(base) || !isFolder(base) || !isFolder(fallback)) return join(base, name);
  return join(fallback, name);
}

/** Prints `html` to PDF bytes (A4, as the page's CSS says). Throws a UserError when no browser is found or printing fails. */
export async function printPdf(html: string, options: { browser?: string | null; timeoutMs?: number; htmlOut?: string } = {}): Promise<Uint8Array> {
  const browser = options.browser === undefined ? findChromium() : options.browser;
  const htmlOut = options.htmlOut ?? 'rapport.html';
  if (browser === null) throw new UserError(noBrowserMessage(htmlOut), 2);
  // What a failure without a word on stderr can still say: which program ran, and the way round it.
  const otherwise: Message = {
    en: `is ${browser} a Chromium, Chrome or Edge (SPP_CHROMIUM names the browser to use)? Or write the HTML page (--out ${htmlOut}) and print it from a browser`,
    nl: `is ${browser} een Chromium, Chrome of Edge (SPP_CHROMIUM wijst de browser aan)? Of schrijf de HTML-pagina (--out ${htmlOut}) en druk die vanuit een browser af`,
  };
  // The page is printed from a temporary folder: a full or read-only TMPDIR says so, not "cannot use /tmp/spp-pdf-x".
  const inTemp = (error: unknown): UserError => {
    const why = describeFsError('write into', dirname(dir), error);
    return new UserError({ en: `${why.en} (the PDF is printed from a temporary folder there; set TMPDIR to another folder)`, nl: `${why.nl} (de PDF wordt afgedrukt vanuit een tijdelijke map daar; wijs met TMPDIR een andere map aan)` }, 2);
  };
  // Interrupted (Ctrl-C): the browser is stopped and the folder removed, as `finally` would. The
  // folder is held before it exists and made synchronously, so no signal falls between the two: made
  // by an awaited mkdtemp first and held after, a Ctrl-C in between left it behind (seen in CI).
  const dir = pdfFolder();
  let browserProcess: ChildProcess | undefined;
  const release = holdTemp(dir, () => {
    if (browserProcess !== undefined) stopBrowser(browserProcess);
  });
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    release();
    throw inTemp(error);
  }
  try {
    const page = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    await writeFile(page, html).catch((error: unknown) => {
      throw inTemp(error);
    });
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--no-pdf-header-footer',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${pdf}`,
      // Root (e.g. in a container or CI) cannot use Chromium's sandbox.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `file://${page}`,
    ];
    await run(browser, args, options.timeoutMs ?? 120_000, (child) => (browserProcess = child), otherwise, dir);
    try {
      return stablePdf(new Uint8Array(await readFile(pdf)));
    } catch {
      throw new UserError({ en: `${browser} did not write a PDF; write the HTML (--out report.html) and print it from a browser instead`, nl: `${browser} heeft geen PDF geschreven; schrijf de HTML (--out rapport.html) en druk die vanuit een browser af` }, 1);
    }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
    release();
  }
}

/**
 * The same PDF for the same page: Chromium stamps the moment of printing into /CreationDate and
 * /ModDate (and some versions a random /ID). Those are overwritten in place with values of the same
 * length — a fixed date (1 January 2000, 00:00 UTC) and an ID derived from the rest of the file — so
 * every byte offset in the cross-reference table stays valid and no PDF library is needed. The
 * structure tree of the tagged PDF names its elements by Chromium's DOM node numbers
 * (`/ID (node00000061)`), which a busy machine shifts: one print in eighteen, six at once, counted
 * one node more. They are renumbered by rank, in place and in order, so the ID tree stays sorted.
 */
export function stablePdf(bytes: Uint8Array): Uint8Array {
  // latin1 maps each byte to one char and back, so lengths and offsets are preserved.
  const text = renumberNodes(Buffer.from(bytes).toString('latin1'));
  const dated = text.replace(/\/(CreationDate|ModDate)(\s*)\(D:([^)]*)\)/g, (whole, key: string, space: string, date: string) => {
    const fixed = fixedDate(date.length);
    return fixed === null ? whole : `/${key}${space}(D:${fixed})`;
  });
  const ids = /\/ID\s*\[\s*<([0-9A-Fa-f]*)>\s*<([0-9A-Fa-f]*)>\s*\]/g;
  const digest = createHash('sha256').update(dated.replace(ids, '/ID')).digest('hex').toUpperCase();
  const stable = dated.replace(ids, (whole, a: string, b: string) =>
    whole.replace(`<${a}>`, `<${digest.repeat(4).slice(0, a.length)}>`).replace(`<${b}>`, `<${digest.repeat(4).slice(0, b.length)}>`),
  );
  return new Uint8Array(Buffer.from(stable, 'latin1'));
}

/** Each `(node<digits>)` string of the structure tree as its rank among them, padded to its own width. */
function renumberNodes(text: string): string {
  const node = /\(node(\d+)\)/g;
  const numbers = [...new Set([...text.matchAll(node)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const rank = new Map(numbers.map((n, i) => [n, i]));
  return text.replace(node, (_whole, digits: string) => `(node${String(rank.get(Number(digits))!).padStart(digits.length, '0')})`);
}

/** 2000-01-01 00:00 UTC in the PDF date form of the given length (D: left off), or null for an unknown form. */
function fixedDate(length: number): string | null {
  const forms = ["20000101000000+00'00'", "20000101000000+00'00", '20000101000000Z', '20000101000000'];
  return forms.find((f) => f.length === length) ?? null;
}

/**
 * Stops the browser and every process it started. Chromium runs a renderer and helpers beside its
 * main process; killing only the main one left them writing into the temporary folder while it was
 * removed, so an interrupted print left the page (the whole report) and a profile behind in about
 * one run in five. On Unix the browser leads a process group of its own (spawned detached) and the
 * group is killed; elsewhere the main process.
 */
function stopBrowser(child: ChildProcess): void {
  if (child.pid !== undefined && process.platform !== 'win32') {
    try {
      process.kill(-child.pid, 'SIGKILL');
      return;
    } catch {
      // (the group is gone already, or was never made: kill the process itself)
    }
  }
  child.kill('SIGKILL');
}

/**
 * Runs the browser; a failure says how it ended and what it wrote on stderr, or — when it wrote
 * nothing — `otherwise`. Its own temporary files (Chromium's org.chromium.Chromium.* folders) go
 * into `temp`, which is removed with the page.
 */
function run(command: string, args: string[], timeoutMs: number, started: (child: ChildProcess) => void, otherwise: Message, temp: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32', env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp } });
    started(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    const timer = setTimeout(() => {
      stopBrowser(child);
      reject(new UserError({ en: `${command} did not finish printing within ${Math.round(timeoutMs / 1000)} s`, nl: `${command} was niet binnen ${Math.round(timeoutMs / 1000)} s klaar met afdrukken` }, 1));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new UserError({ en: `cannot start ${command}: ${error.message}`, nl: `kan ${command} niet starten: ${error.message}` }, 2));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const ended: Message = code !== null ? { en: `exit ${code}`, nl: `exitcode ${code}` } : { en: `stopped by ${String(signal)}`, nl: `gestopt door ${String(signal)}` };
      const said = stderr.trim().split('\n').slice(-3).join(' ').trim();
      reject(new UserError(said !== ''
        ? { en: `${command} failed to print the PDF (${ended.en}): ${said}`, nl: `${command} kon de PDF niet afdrukken (${ended.nl}): ${said}` }
        : { en: `${command} failed to print the PDF (${ended.en}) and wrote no error message; ${otherwise.en}`, nl: `${command} kon de PDF niet afdrukken (${ended.nl}) en gaf geen foutmelding; ${otherwise.nl}` }, 1));
    });
  });
}
