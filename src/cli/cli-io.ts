import { AsyncLocalStorage } from 'node:async_hooks';

/** Where a command writes: stdout or stderr of the process, or of a test. */
export interface CliStream {
  write(text: string): unknown;
  /** A terminal: table output by default, colour allowed. */
  isTTY?: boolean;
  /** Width of the terminal (help text wraps to it). */
  columns?: number;
}

/** What one run of spp may touch of its surroundings: injected, so tests run it in-process. */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** The environment (NO_COLOR, TERM). */
  env: Readonly<Record<string, string | undefined>>;
}

/** The io of the run in progress and the exit code it has set so far. */
interface RunContext {
  io: CliIo;
  exitCode: number;
}

const context = new AsyncLocalStorage<RunContext>();

/** The process itself: what main.ts passes to `run`, and what a command sees outside `run`. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Runs `body` with `io` as the io of every command helper (shared.ts) it reaches; returns the exit code it set. */
export async function withCliIo(io: CliIo, body: () => Promise<void>): Promise<number> {
  const run: RunContext = { io, exitCode: 0 };
  await context.run(run, body);
  return run.exitCode;
}

/** The io of the current run. */
export function cliIo(): CliIo {
  return context.getStore()?.io ?? processIo();
}

/** Sets the exit code of the current run without stopping it (e.g. `--fail-on` after the output is written). */
export function setExitCode(code: number): void {
  const run = context.getStore();
  if (!run) throw new Error('setExitCode outside run(): commands run through cli/run.ts');
  run.exitCode = code;
}

/** Colour on this stream: only on a terminal, never with NO_COLOR or TERM=dumb (clig.dev; chalk ignores NO_COLOR). */
export function colorAllowed(stream: CliStream, env: CliIo['env'] = cliIo().env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return stream.isTTY === true;
}
