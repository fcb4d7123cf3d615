import { processIo } from './cli-io.js';
import { run } from './run.js';

// The only module that touches argv and the exit code (knip style); everything else is `run`.

// `spp … | head` closes stdout early: that is not an error (xsv style).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), processIo());
