// The gallery (npm start) opened in headless Chromium: it renders and logs no
// console error on its home page or on any component page.
import { test, suite, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';

/** @type {import('vite').ViteDevServer} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;
let baseUrl = '';

before(async () => {
  server = await createServer({ configFile: 'gallery/vite.config.ts', server: { port: 0 }, logLevel: 'error' });
  await server.listen();
  baseUrl = server.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a gallery URL and returns the console errors and page errors it logged. */
async function openAndCollectErrors(/** @type {string} */ url) {
  const page = await browser.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'networkidle' });
  const heading = await page.locator('h1').first().textContent();
  const links = await page.locator('nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.close();
  return { errors, heading, links };
}

suite('gallery', () => {
  test('the home page renders without console errors', async () => {
    const { errors, heading } = await openAndCollectErrors(baseUrl);
    assert.deepEqual(errors, []);
    assert.match(heading ?? '', /Gallery/);
  });

  test('every component page renders without console errors', async () => {
    const { links } = await openAndCollectErrors(baseUrl);
    for (const href of links) {
      const { errors, heading } = await openAndCollectErrors(new URL(href ?? '', baseUrl).href);
      assert.deepEqual(errors, [], `${href} logged errors`);
      assert.ok(heading, `${href} has a heading`);
    }
  });
});
