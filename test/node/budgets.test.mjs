// Size budgets: sizes are deterministic, so a bundle that grows past its
// recorded budget (bench/budgets.json, gzip bytes) fails. Times are never asserted.
import { test, suite } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { bundleSizes, staticClosure } from '../../scripts/lib/sizes.mjs';

if (!existsSync('dist/henan-health-widgets.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8'));
const sizes = bundleSizes();

suite('size budgets (gzip)', () => {
  for (const [name, budget] of Object.entries(budgets)) {
    if (name.startsWith('_')) continue;
    test(`${name} ≤ ${(budget / 1024).toFixed(1)} KB`, () => {
      assert.ok(sizes[name], `no bundle measured as "${name}"`);
      assert.ok(sizes[name].gzip <= budget, `${name} is ${sizes[name].gzip} bytes gzip, over its budget of ${budget}`);
    });
  }

  test('d3 ships without d3-color, d3-format and d3-path (scripts/lib/d3-deps.mjs)', () => {
    // d3-color's named colours, d3-format's and d3-path's error messages: present only if those modules were bundled.
    for (const file of ['dist/henan-health-widgets.js', ...staticClosure('dist/all.js')]) {
      const code = readFileSync(file, 'utf8');
      assert.ok(!code.includes('aliceblue'), `${file} bundles d3-color`);
      assert.ok(!code.includes('invalid format'), `${file} bundles d3-format`);
      assert.ok(!code.includes('negative radius'), `${file} bundles d3-path`);
    }
  });

  test("d3-shape's unused curves are shaken out (treeshake in vite.config.ts)", () => {
    // The bundle and cardinal/Catmull-Rom curves' own fields; we draw straight lines only.
    for (const file of ['dist/henan-health-widgets.js', ...staticClosure('dist/all.js')]) {
      const code = readFileSync(file, 'utf8');
      assert.ok(!code.includes('_beta') && !code.includes('_alpha'), `${file} carries d3-shape's curves`);
    }
  });

  test('the page that shows only the card does not download the other components', () => {
    const files = sizes['ES: city-metric-card'].files;
    assert.ok(files < sizes['ES: all'].files, 'the card page loads fewer files than every element');
  });
});
