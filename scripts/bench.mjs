#!/usr/bin/env node
// npm run bench: builds, then reports
//  - bytes (raw, gzip, brotli) of every way to load the library;
//  - in headless Chromium, time from navigation to the first frame painted with
//    every card rendered (paintedMs), and to the moment the code had built them
//    (builtMs, before the browser's style and layout), for 1, 20 and 200 cards
//    (median of several runs, a fresh page each, the two pages alternating), for the single script and for
//    hand-written d3 + DOM code drawing the same cards (bench/paint.js);
//  - JS heap and DOM nodes (shadow roots included) at 200 cards.
// Writes bench/results.json and prints tables. Times are reported, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS, ensureChromium } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { bundleSizes } from './lib/sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const COUNTS = [1, 20, 200];

if (!ensureChromium()) process.exit(1);
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
await build({
  configFile: false,
  logLevel: 'warn',
  build: { outDir: 'bench/.out', emptyOutDir: true, minify: true, lib: { entry: 'bench/baseline.js', formats: ['iife'], name: 'Baseline', fileName: () => 'baseline.js' } },
});

// Cards for places that reported a metric other places of their level reported too.
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const level = new Map(dataset.entities.map((e) => [e.id, e.level]));
const candidates = dataset.facts.filter(
  (f) => f.status === 'actual' && !f.subject && dataset.facts.some((g) => g !== f && g.metric === f.metric && g.period === f.period && g.status === 'actual' && level.get(g.entity) === level.get(f.entity)),
);
const cards = (n) => Array.from({ length: n }, (_, i) => candidates[i % candidates.length]);

mkdirSync('bench/.out', { recursive: true });
const page = (title, body, scripts) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}${scripts}</body></html>`;
for (const n of COUNTS) {
  writeFileSync(
    `bench/.out/widgets-${n}.html`,
    page(`${n} cards`, cards(n).map((f) => `<city-metric-card city="${f.entity}" metric="${f.metric}" period="${f.period}"></city-metric-card>`).join('\n'),
      '<script src="/bench/paint.js"></script><script src="/bench/measure.js"></script><script src="/dist/henan-health-widgets.js"></script>'),
  );
  writeFileSync(
    `bench/.out/baseline-${n}.html`,
    page(`${n} baseline cards`, cards(n).map((f) => `<div data-card="${f.entity}|${f.metric}|${f.period}"></div>`).join('\n'), '<script src="/bench/paint.js"></script><script src="/bench/.out/baseline.js"></script>'),
  );
}

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function run(path, withMemory) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const tab = await context.newPage();
  await tab.goto(`${server.url}${path}`);
  await tab.waitForFunction(() => window.__renderedAt !== undefined, undefined, { timeout: 60000 });
  const result = await tab.evaluate(() => ({ ms: window.__renderedAt, builtMs: window.__builtAt }));
  if (withMemory) {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    result.heapMB = Math.round((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 1e5) / 10;
    result.domNodes = await tab.evaluate(() => {
      const count = (root) => [...root.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
      return count(document);
    });
  }
  await context.close();
  return result;
}

const timings = [];
const KINDS = ['widgets', 'baseline'];
for (const n of COUNTS) {
  // Runs alternate between the two pages, so a slow spell of the machine falls on both alike.
  const runs = { widgets: [], baseline: [] };
  for (let i = 0; i < RUNS; i++) for (const kind of KINDS) runs[kind].push(await run(`/bench/.out/${kind}-${n}.html`, false));
  for (const kind of KINDS) {
    const memory = n === 200 ? await run(`/bench/.out/${kind}-${n}.html`, true) : {};
    timings.push({ page: kind === 'widgets' ? 'single script' : 'hand-written d3 + DOM, same output', cards: n, paintedMs: Math.round(median(runs[kind].map((r) => r.ms))), builtMs: Math.round(median(runs[kind].map((r) => r.builtMs))), runs: RUNS, ...(n === 200 ? { heapMB: memory.heapMB, domNodes: memory.domNodes } : {}) });
  }
}
await browser.close();
await server.close();

const sizes = bundleSizes();
const results = { date: new Date().toISOString(), chromium: execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).trim(), sizes, timings };
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');

const kb = (b) => (b / 1024).toFixed(1);
console.log('\nBundle sizes (KB)');
console.table(Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, { files: v.files, raw: kb(v.raw), gzip: kb(v.gzip), brotli: kb(v.brotli) }])));
console.log(`Milliseconds from navigation to every card built and painted (median of ${RUNS} runs, fresh page each)`);
console.table(timings);
console.log('Wrote bench/results.json');
