import { processIo } from './cli-io.js';
import { run } from './run.js';
import { cleanUpOnInterrupt } from '../io/interrupt-cleanup.js';
import { describeFsError } from '../io/fs-errors.js';
import { langOfArgv } from '../diagnostics/message.js';

// The only module that touches argv and the exit code (knip style); everything else is `run`.

// `spp … | head` closes stdout early: that is not an error (xsv style), but the exit code a command
// already set (a --fail-on that held, a failed validation) stands. Other failures (a full disk)
// are reported by emit; here they only must not become an uncaught exception.
let stdoutError: NodeJS.ErrnoException | undefined;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  stdoutError = error;
  process.exitCode = Math.max(Number(process.exitCode ?? 0), 2);
});

// An interrupted write leaves no temp file behind (nor a PDF's temporary folder); then the default
// action of the signal. Listening only while such a file exists: Ctrl-C during a long plan solve stops
// spp at once rather than when HiGHS returns (io/interrupt-cleanup.ts).
cleanUpOnInterrupt();

const code = await run(process.argv.slice(2), processIo());
// Help or --version into a full disk (`spp --help > /dev/full`) fails after commander is done: say so once
// (a result that failed to write was already reported by emit, with exit code 2).
await new Promise((resolve) => setImmediate(resolve));
if (stdoutError !== undefined && code !== 2) {
  process.stderr.write(`spp: ${describeFsError('write the result to', 'stdout', stdoutError)[langOfArgv(process.argv.slice(2))]}\n`);
}
// A failing stdout (EPIPE kept the code; a full disk raised it to 2 above) never lowers the code.
process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
