// Storybook smoke test: builds the static Storybook, opens every story in
// headless Chromium, and checks that it renders its element, logs no console
// error and passes axe-core (shadow roots included).
import { test, suite, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

const OUT = 'storybook-static';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Build first, at load time, so there is one test per story.
const build = spawnSync('npx', ['storybook', 'build', '-o', OUT, '--quiet'], { encoding: 'utf8' });
const built = build.status === 0;
const entries = built ? Object.values(JSON.parse(readFileSync(`${OUT}/index.json`, 'utf8')).entries) : [];
const stories = entries.filter((e) => e.type === 'story');
const docs = entries.filter((e) => e.type === 'docs');
const manifest = existsSync('custom-elements.json') ? JSON.parse(readFileSync('custom-elements.json', 'utf8')) : { modules: [] };
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{ url: string, close: () => Promise<void> }} */
let server;

before(async () => {
  if (!built) return;
  server = await serveStatic(OUT);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

suite('storybook', () => {
  test('npm run build-storybook builds a static site with stories', () => {
    assert.equal(build.status, 0, `storybook build failed:\n${build.stdout}\n${build.stderr}`);
    assert.ok(stories.length > 0, 'no stories found');
  });

  test('every component has a docs page, plus Theming and Data pages', () => {
    const ids = docs.map((d) => d.id);
    for (const d of declarations) assert.ok(ids.includes(`components-${d.tagName}--docs`), `no docs page for <${d.tagName}>`);
    assert.ok(ids.includes('theming--docs'));
    assert.ok(ids.includes('data--docs'));
  });

  for (const doc of docs) {
    test(`docs: ${doc.title} renders without console errors`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/iframe.html?id=${doc.id}&viewMode=docs`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent?.length ?? 0) > 100, undefined, { timeout: 15000 });
      const text = await page.evaluate(() => document.querySelector('#storybook-docs').textContent);
      const declaration = declarations.find((d) => doc.id === `components-${d.tagName}--docs`);
      await page.close();
      assert.deepEqual(errors, []);
      // A component's page documents its API from the manifest.
      for (const attribute of declaration?.attributes ?? []) assert.ok(text.includes(attribute.name), `${doc.id} lacks attribute ${attribute.name}`);
      for (const part of declaration?.cssParts ?? []) assert.ok(text.includes(part.name), `${doc.id} lacks CSS part ${part.name}`);
    });
  }

  for (const story of stories) {
    test(`${story.title} › ${story.name}: renders, no console error, axe-core clean`, async () => {
      const page = await browser.newPage();
      /** @type {string[]} */
      const errors = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle' });
      const tag = story.title.split('/').pop();
      await page.waitForFunction((t) => (document.querySelector(t)?.shadowRoot?.childElementCount ?? 0) > 0, tag, { timeout: 10000 });
      await page.addScriptTag({ content: axeSource });
      // The a11y addon runs axe in the same frame: retry while it is busy.
      let violations = null;
      for (let attempt = 0; attempt < 40 && violations === null; attempt++) {
        violations = await page.evaluate(async (t) => {
          try {
            const result = await window.axe.run(document.querySelector(t));
            return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          } catch (error) {
            if (String(error).includes('already running')) return null;
            throw error;
          }
        }, tag);
        if (violations === null) await page.waitForTimeout(250);
      }
      await page.close();
      assert.deepEqual(errors, [], 'console errors');
      assert.deepEqual(violations, [], 'axe-core violations');
    });
  }
});
