// `npm test`: builds the client (the e2e suite drives the built app), runs every Vitest project,
// says plainly what was skipped and why, and ends with the `N passed, N failed` line CI reads.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const inCi = process.env.CI === 'true';
const resultsFile = path.join(root, '.vitest-results.json');

const skipped = [];
if (!process.env.DATABASE_URL) skipped.push('PostGIS suite: DATABASE_URL is not set (SQLite suite ran)');
if (!fs.existsSync('/usr/bin/chromium')) skipped.push('browser (e2e) suite: /usr/bin/chromium is not installed (apt-get install chromium)');
if (spawnSync('ogrinfo', ['--version']).status !== 0) skipped.push('GDAL OGC API check: ogrinfo is not installed (apt-get install gdal-bin)');
if (inCi && skipped.length > 0) {
  console.error(`CI=true and parts of the suite would be skipped:\n  ${skipped.join('\n  ')}`);
  process.exit(1);
}

const build = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

fs.rmSync(resultsFile, { force: true });
const vitest = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);

let summary = null;
if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  summary = { passed: results.numPassedTests, failed: results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0), skipped: results.numPendingTests + results.numTodoTests };
}
if (skipped.length > 0) console.log(`\nSkipped on this machine:\n  ${skipped.join('\n  ')}`);
if (summary) {
  console.log(`\n${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`);
} else {
  console.log('\n0 passed, 1 failed (Vitest wrote no results)');
}
const failed = vitest.status !== 0 || !summary || summary.failed > 0 || summary.passed === 0;
process.exit(failed ? 1 : 0);
