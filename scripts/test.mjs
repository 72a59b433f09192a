#!/usr/bin/env node
// npm test: type-check, check the data, build, then run every test — browser
// tests with @web/test-runner, Node-side tests (data compiler, end-to-end pages)
// with node:test — and close with one line, `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.mjs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const RESULTS = 'test-results';

/** Runs a command with inherited output; returns whether it succeeded. */
function run(/** @type {string} */ label, /** @type {string} */ command, /** @type {string[]} */ args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  return result.status === 0;
}

function finish() {
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed > 0 ? 1 : 0);
}

/** A set-up step that fails stops the run and counts as one failure. */
function step(/** @type {string} */ label, /** @type {boolean} */ ok) {
  if (ok) return;
  console.error(`\n✗ ${label} failed; tests were not run.`);
  totals.failed += 1;
  finish();
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

step('Chromium', ensureChromium());
step('type-check', run('type-check', 'npx', ['tsc', '--noEmit']));
step('data check', run('data check', 'node', ['scripts/build-data.mjs', '--check']));
step('library build', run('library build', 'node', ['scripts/build.mjs']));

// Browser tests (src behaviour in Chromium). Counts come from the count reporter.
run('browser tests', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs']);
const browserFile = `${RESULTS}/browser.json`;
if (existsSync(browserFile)) {
  const counts = JSON.parse(readFileSync(browserFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
} else {
  console.error('✗ the browser test runner ended without reporting results.');
  totals.failed += 1;
}

// Node-side tests: the data compiler and whole pages opened in Chromium.
const tap = `${RESULTS}/node.tap`;
run('node tests', 'node', [
  '--test',
  '--test-concurrency=1',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  'test/node/',
]);
if (existsSync(tap)) {
  const text = readFileSync(tap, 'utf8');
  const read = (/** @type {string} */ name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  totals.passed += read('pass');
  totals.failed += read('fail') + read('cancelled');
  totals.skipped += read('skipped') + read('todo');
  if (!/^# tests \d+$/m.test(text)) totals.failed += 1;
} else {
  console.error('✗ the node test runner ended without reporting results.');
  totals.failed += 1;
}

finish();
