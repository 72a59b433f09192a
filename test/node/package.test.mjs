// The npm package as a user gets it: `npm pack`, install the tarball in a new
// project, type-check a file that uses the tags, bundle every entry point with
// Vite and run the bundle in headless Chromium.
import { test, suite, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

const ROOT = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const entries = Object.keys(pkg.exports).filter((k) => pkg.exports[k].import);

let project = '';

before(() => {
  if (!existsSync('dist/henan-health-widgets.js') || !existsSync('custom-elements.json')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  project = mkdtempSync(join(tmpdir(), 'hhw-consumer-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', project], { encoding: 'utf8' }));
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(project, filename)], { cwd: project, stdio: 'inherit' });
});

after(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

suite('npm package', () => {
  test('the tarball holds the entries, types, manifest and dataset, and nothing from src/ or test/', () => {
    const installed = join(project, 'node_modules', pkg.name);
    for (const key of Object.keys(pkg.exports)) {
      const target = pkg.exports[key];
      for (const file of typeof target === 'string' ? [target] : [target.import, target.types]) {
        assert.ok(existsSync(join(installed, file)), `${key}: ${file} is missing`);
      }
    }
    assert.ok(existsSync(join(installed, 'custom-elements.json')));
    assert.equal(existsSync(join(installed, 'src')), false);
    assert.equal(existsSync(join(installed, 'test')), false);
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName).sort();
    assert.deepEqual(tags, Object.keys(pkg.exports).filter((k) => pkg.exports[k].import && !['.', './all'].includes(k)).map((k) => k.slice(2)).sort());
  });

  test('a TypeScript file using the tags type-checks against the published types', () => {
    writeFileSync(
      join(project, 'use.ts'),
      `import 'henan-health-widgets/city-metric-card';
import { CityMetricCard, CityRanking, ProgramComparison, type Fact } from 'henan-health-widgets';
const card: CityMetricCard = document.createElement('city-metric-card');
card.city = 'kaifeng';
card.metric = 'fever-clinics';
const ranking: CityRanking | null = document.querySelector('city-ranking');
const comparison: ProgramComparison | null = document.querySelector('program-comparison');
const value: Fact['value'] = 1;
export { ranking, comparison, value };
`,
    );
    writeFileSync(join(project, 'bad.ts'), `import 'henan-health-widgets/city-metric-card';\ndocument.createElement('city-metric-card').city = 42;\n`);
    const tsconfig = { compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], skipLibCheck: false, types: [] } };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['use.ts'] }));
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync('node', [tsc, '-p', 'tsconfig.json'], { cwd: project, stdio: 'inherit' });
    // And a wrong type is caught, so the check above is real.
    writeFileSync(join(project, 'tsconfig.bad.json'), JSON.stringify({ ...tsconfig, files: ['bad.ts'] }));
    assert.throws(() => execFileSync('node', [tsc, '-p', 'tsconfig.bad.json'], { cwd: project, stdio: 'pipe' }));
  });

  test('every entry point bundles with Vite and the bundle renders the dataset in Chromium', async () => {
    const imports = entries.map((key) => `import '${key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`}';`).join('\n');
    writeFileSync(join(project, 'main.js'), `${imports}\nimport { CityMetricCard } from '${pkg.name}';\nwindow.__cardClass = CityMetricCard;\n`);
    writeFileSync(
      join(project, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>consumer</title></head><body>
<city-metric-card city="kaifeng" metric="fever-clinics"></city-metric-card>
<script type="module" src="./main.js"></script></body></html>`,
    );
    execFileSync('node', [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: project, stdio: 'inherit' });
    const server = await serveStatic(join(project, 'dist'));
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(server.url, { waitUntil: 'networkidle' });
      const tags = Object.keys(pkg.exports).filter((k) => pkg.exports[k].import && !['.', './all'].includes(k)).map((k) => k.slice(2));
      const shown = await page.evaluate(async (tags) => {
        const card = document.querySelector('city-metric-card');
        await card.updateComplete;
        return {
          defined: tags.map((t) => !!customElements.get(t)),
          sameClass: customElements.get('city-metric-card') === window.__cardClass,
          value: card.shadowRoot.querySelector('.value .number')?.textContent,
        };
      }, tags);
      const fact = dataset.facts.find((f) => f.entity === 'kaifeng' && f.metric === 'fever-clinics');
      assert.deepEqual(shown.defined, tags.map(() => true));
      assert.equal(shown.sameClass, true, 'the index export is the class the entry registered');
      assert.equal(shown.value, `${fact.value} facilities`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
