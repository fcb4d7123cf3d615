import { rmSync } from 'node:fs';

/**
 * What an interrupted spp (SIGINT, SIGTERM, SIGHUP) must clean up: the temp files being written and
 * the PDF's temporary folder. Node runs a signal listener on the event loop, and a plan solve holds
 * the loop for as long as HiGHS runs (a hard plan: half a minute), so a listener installed for the
 * whole run made Ctrl-C wait for the solve. The listeners are therefore installed only while there
 * is something to clean up (writing a result: milliseconds; printing a PDF); the rest of the time a
 * signal has its default action and stops spp at once. The CLI turns this on (`cleanUpOnInterrupt`);
 * elsewhere (tests) nothing listens.
 */

const pending = new Map<number, () => void>();
let nextKey = 0;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let enabled = false;
let listening = false;

function onSignal(signal: NodeJS.Signals): void {
  stopListening();
  cleanUpNow();
  // Then the signal's default action (exit status 128 + its number), as without spp's listener.
  process.kill(process.pid, signal);
}

function listen(): void {
  if (!enabled || listening || pending.size === 0) return;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  listening = true;
}

function stopListening(): void {
  if (!listening) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  listening = false;
}

/** The CLI's choice: remove what is pending when interrupted (listening only while something is). */
export function cleanUpOnInterrupt(): void {
  enabled = true;
  listen();
}

/** Runs every pending clean-up now (synchronously) and forgets them. */
function cleanUpNow(): void {
  for (const cleanUp of pending.values()) {
    try {
      cleanUp();
    } catch {
      // (best effort: the process is going down; the next one goes on)
    }
  }
  pending.clear();
}

/**
 * Registers `path` (a temp file or folder) to be removed if spp is interrupted before `release` is
 * called, with an optional extra step first (stop the child process that writes into it).
 */
export function holdTemp(path: string, before?: () => void): () => void {
  const key = nextKey++;
  pending.set(key, () => {
    before?.();
    // Retried: a process that was just stopped may still have had a file open in it (ENOTEMPTY).
    rmSync(path, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
  });
  listen();
  return () => {
    pending.delete(key);
    if (pending.size === 0) stopListening();
  };
}
