// Prints vitest's counts from its JSON report as "N passed, N failed" (the line CI reads).
import { readFileSync } from 'node:fs';

try {
  const report = JSON.parse(readFileSync(new URL('../.vitest-results.json', import.meta.url), 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
} catch {
  console.log('0 passed, 1 failed');
}
