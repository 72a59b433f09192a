// Embedding, end to end, against the built dist/ in headless Chromium: the single
// script before and after the tags, loaded twice, under a strict CSP with
// Trusted Types, inside hostile host CSS, in iframes that resize to their
// content, and the builder's fallback content before and after upgrade.
import { test, suite, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

if (!existsSync('dist/henan-health-widgets.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));
const fact = (entity, metric) => dataset.facts.find((f) => f.entity === entity && f.metric === metric && f.status === 'actual');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof serveStatic>>} */
let server;

before(async () => {
  server = await serveStatic('.', {
    headers: (path) => (path === '/test/embed/csp.html' ? { 'content-security-policy': CSP } : {}),
    delay: (path) => (path.startsWith('/dist/henan-health-widgets.js?slow') ? 1500 : 0),
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens a page, collecting console errors, warnings and page errors. */
async function open(path, options = {}) {
  const page = await browser.newPage(options);
  const log = { errors: [], warnings: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.errors.push(msg.text());
    if (msg.type() === 'warning') log.warnings.push(msg.text());
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  const start = server.requests.length;
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(() => Promise.all([...document.querySelectorAll('city-metric-card, city-ranking, program-comparison, henan-map')].map((el) => el.updateComplete)));
  return { page, log, requests: () => server.requests.slice(start).filter((r) => r !== '/favicon.ico') };
}

/** The card's displayed number, and whether every widget rendered content. */
const readWidgets = (page) =>
  page.evaluate(() => ({
    card: document.querySelector('city-metric-card')?.shadowRoot?.querySelector('.value .number')?.textContent ?? null,
    rendered: [...document.querySelectorAll('city-metric-card, city-ranking, program-comparison, henan-map')].map(
      (el) => !!el.shadowRoot?.querySelector('figure') && el.getBoundingClientRect().height > 50,
    ),
  }));

suite('embedding: the single script', () => {
  for (const [name, path] of [
    ['before the tags', '/test/embed/script-before.html'],
    ['after the tags', '/test/embed/script-after.html'],
  ]) {
    test(`works ${name} and requests nothing beyond itself`, async () => {
      const { page, log, requests } = await open(path);
      const widgets = await readWidgets(page);
      assert.deepEqual(widgets.rendered, [true, true, true]);
      assert.equal(widgets.card, `${fact('kaifeng', 'fever-clinics').value} facilities`);
      assert.deepEqual(log.errors, []);
      assert.deepEqual(requests(), [path, '/dist/henan-health-widgets.js']);
      await page.close();
    });
  }

  test('loaded twice, it does not throw and warns once', async () => {
    const { page, log } = await open('/test/embed/double.html');
    assert.deepEqual(log.errors, []);
    assert.equal(log.warnings.filter((w) => w.includes('already defined')).length, 1);
    assert.deepEqual((await readWidgets(page)).rendered, [true, true, true]);
    await page.close();
  });

  test('works under a strict CSP with Trusted Types enforced, with no violation', async () => {
    const { page, log } = await open('/test/embed/csp.html');
    assert.deepEqual((await readWidgets(page)).rendered, [true, true, true, true]);
    // Open the tables and quotes too, and hover the map (its tooltip shows, placed by the
    // shadow root's stylesheet): every template path runs under the policy.
    const tooltip = await page.evaluate(async () => {
      for (const el of document.querySelectorAll('city-metric-card, city-ranking, program-comparison, henan-map')) {
        for (const button of el.shadowRoot.querySelectorAll('button')) button.click();
        await el.updateComplete;
      }
      const map = document.querySelector('henan-map');
      map.shadowRoot.querySelector('.point[data-entity="zhengzhou"]').dispatchEvent(new PointerEvent('pointerenter'));
      await map.updateComplete;
      const tip = map.shadowRoot.querySelector('.tooltip');
      return { text: tip.textContent, position: getComputedStyle(tip).position, swatches: [...map.shadowRoot.querySelectorAll('.legend rect')].map((r) => getComputedStyle(r).fill) };
    });
    assert.match(tooltip.text, /Zhengzhou/);
    assert.equal(tooltip.position, 'absolute', 'the tooltip is styled (constructed stylesheets pass the CSP)');
    assert.ok(tooltip.swatches.length > 0 && tooltip.swatches.every((fill) => fill !== 'none' && fill !== 'rgba(0, 0, 0, 0)'), 'the legend shows its colours');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

suite('embedding: hostile host CSS', () => {
  test('Bootstrap, Tailwind, "* { font-size: 30px }" and inherited rtl, word-break or text effects change neither layout nor look', async () => {
    const measure = async (path) => {
      const { page } = await open(path, { viewport: { width: 900, height: 900 } });
      const boxes = await page.evaluate(async () => {
        const out = [];
        for (const el of document.querySelectorAll('city-metric-card, city-ranking, program-comparison')) {
          el.shadowRoot.querySelector('[part="table-toggle"]').click();
          await el.updateComplete;
          const rect = el.getBoundingClientRect();
          // Rendered boxes only (hidden elements have none; if the page hid one of ours, the lists differ).
          const inner = [...el.shadowRoot.querySelectorAll('svg, table, p, button')].filter((n) => n.getClientRects().length > 0).map((n) => {
            const r = n.getBoundingClientRect();
            return [n.localName, Math.round(r.left - rect.left), Math.round(r.top - rect.top), Math.round(r.width), Math.round(r.height)];
          });
          // Inherited properties that change how it reads without changing its boxes.
          const title = getComputedStyle(el.shadowRoot.querySelector('.title'));
          const bar = el.shadowRoot.querySelector('.bar');
          const line = el.shadowRoot.querySelector('svg line');
          const style = [title.direction, title.textShadow, title.webkitTextFillColor === title.color, bar ? getComputedStyle(bar).stroke : '', line ? getComputedStyle(line).fill : ''];
          out.push({ tag: el.localName, width: Math.round(rect.width), height: Math.round(rect.height), inner, style });
        }
        return out;
      });
      await page.close();
      return boxes;
    };
    const clean = await measure('/test/embed/clean.html');
    const hostile = await measure('/test/embed/hostile.html');
    assert.ok(clean.every((w) => w.inner.some(([tag, , , width]) => tag === 'svg' && width > 0)), 'charts drawn on the clean page');
    assert.deepEqual(hostile, clean);
  });

  test("a page's text-decoration (the widget inside a link or <u>) is not drawn through its text", async () => {
    const { page } = await open('/test/embed/hostile.html', { viewport: { width: 900, height: 1600 } });
    await page.evaluate(() => Promise.all([...document.querySelectorAll('#column > *')].map((el) => el.updateComplete)));
    /** Pixels of the decoration colour (lime, used nowhere in the widgets) in an element's screenshot. */
    const limePixels = async (selector) => {
      const png = (await page.locator(selector).screenshot()).toString('base64');
      return page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d');
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        let count = 0;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 1] > 200 && pixels[i] < 90 && pixels[i + 2] < 90) count++;
        return count;
      }, png);
    };
    assert.ok((await limePixels('#page-text')) > 100, "the page's own text is decorated (the test can see it)");
    for (const tag of ['city-metric-card', 'city-ranking', 'program-comparison']) assert.equal(await limePixels(tag), 0, `${tag} has the page's decoration drawn through it`);
    await page.close();
  });
});

suite('embedding: iframe', () => {
  test('each iframe takes its content\'s height, follows content changes, and posts AMP embed-size', async () => {
    const { page, log } = await open('/test/embed/iframe.html');
    const heights = () =>
      page.evaluate(() =>
        ['narrow', 'wide'].map((id) => {
          const frame = document.getElementById(id);
          return { frame: Math.round(frame.getBoundingClientRect().height), content: Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height) };
        }),
      );
    await page.waitForFunction(() => ['narrow', 'wide'].every((id) => document.getElementById(id).getBoundingClientRect().height > 200));
    for (const { frame, content } of await heights()) assert.ok(Math.abs(frame - content) <= 1, `frame ${frame} vs content ${content}`);

    // Opening the data table makes the content taller; the frame follows.
    const before = (await heights())[0].frame;
    await page.evaluate(async () => {
      const card = document.getElementById('narrow').contentDocument.querySelector('city-metric-card');
      card.shadowRoot.querySelector('[part="table-toggle"]').click();
      await card.updateComplete;
    });
    await page.waitForFunction((h) => document.getElementById('narrow').getBoundingClientRect().height > h, before);
    const [narrow] = await heights();
    assert.ok(Math.abs(narrow.frame - narrow.content) <= 1);

    const messages = await page.evaluate(() => window.__messages);
    assert.ok(messages.some((m) => m.type === 'hhw:resize' && m.id === 'narrow'));
    // The first height posted is the drawn widget's, never the empty element's (the host keeps its own until then).
    const first = messages.find((m) => m.type === 'hhw:resize' && m.id === 'narrow');
    assert.ok(first.height > 200, `first height posted: ${first.height}`);
    assert.ok(messages.some((m) => m.sentinel === 'amp' && m.type === 'embed-size' && m.height > 0));
    const wideLang = await page.evaluate(() => document.getElementById('wide').contentDocument.querySelector('program-comparison').shadowRoot.querySelector('.title').textContent);
    assert.match(wideLang, /[\u4e00-\u9fff]/, 'the wide frame renders in Chinese');
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

suite('embedding: the builder\'s fallback content', () => {
  test('readers see the summary, values and sources before the script runs; it hides on upgrade without a shift', async () => {
    // Take the script snippet exactly as the gallery's embed builder writes it.
    const gallery = await createServer({ configFile: 'gallery/vite.config.ts', server: { port: 0 }, logLevel: 'error' });
    await gallery.listen();
    const builder = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await builder.goto(`${gallery.resolvedUrls.local[0]}#/embed`, { waitUntil: 'networkidle' });
    await builder.waitForFunction(() => document.querySelector('#script-snippet')?.textContent?.includes('<city-metric-card'));
    // A phone's column: the card wraps more there, so it is taller than in a wide one.
    await builder.getByLabel('Your column width').selectOption('320');
    await builder.waitForFunction(() => document.querySelector('#preview city-metric-card')?.getBoundingClientRect().width <= 320);
    await builder.waitForTimeout(300);
    const snippet = await builder.evaluate(() => document.querySelector('#script-snippet').textContent);
    const previewWidth = await builder.evaluate(() => document.querySelector('#preview city-metric-card').getBoundingClientRect().width);
    await builder.close();
    await gallery.close();

    // The page loads the library slowly, so the fallback is what a reader sees first.
    const body = snippet.replace(/<script[^>]*><\/script>\n/, '').replace(/https:\/\/[^"]*dist\//g, '/dist/');
    mkdirSync('test-results', { recursive: true });
    writeFileSync(
      'test-results/fallback.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title><link rel="icon" href="data:,"></head>` +
        // The gallery's font: the reserved height is exact for the preview's width and font.
        `<body style="margin:0;font-family:system-ui,'Noto Sans CJK SC',sans-serif;line-height:1.5"><div style="width:${previewWidth}px">${body}</div><p id="after">Text after the widget.</p>` +
        `<script src="/dist/henan-health-widgets.js?slow"></script></body></html>`,
    );
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${server.url}/test-results/fallback.html`, { waitUntil: 'commit' });
    await page.waitForSelector('#after');
    const beforeUpgrade = await page.evaluate(() => ({
      reserved: document.querySelector('city-metric-card').getBoundingClientRect().height,
      defined: !!customElements.get('city-metric-card'),
      text: document.querySelector('city-metric-card').innerText,
      after: document.getElementById('after').getBoundingClientRect().top,
    }));
    assert.equal(beforeUpgrade.defined, false, 'the library has not loaded yet');
    const card = fact('kaifeng', 'prenatal-ultrasound-screening-rate');
    assert.match(beforeUpgrade.text, new RegExp(`${card.value}%`), 'the fallback states the value');
    assert.match(beforeUpgrade.text, /Kaifeng Health Commission/, 'the fallback names the source');

    await page.waitForFunction(() => customElements.get('city-metric-card'));
    await page.evaluate(() => document.querySelector('city-metric-card').updateComplete);
    const afterUpgrade = await page.evaluate(() => ({
      fallbackShown: document.querySelector('city-metric-card > div').getClientRects().length > 0,
      reserved: Math.round(document.querySelector('city-metric-card').getBoundingClientRect().height),
      after: document.getElementById('after').getBoundingClientRect().top,
    }));
    assert.equal(afterUpgrade.fallbackShown, false, 'the fallback is hidden once the element upgrades');
    assert.equal(afterUpgrade.after, beforeUpgrade.after, 'no layout shift: the text after the widget stays put');
    await page.close();

    // In a wider column the widget is shorter than the height the snippet holds for the
    // fallback; once drawn it takes its own height, with no blank space left below it.
    writeFileSync(
      'test-results/fallback-wide.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title><link rel="icon" href="data:,"></head>` +
        `<body style="margin:0;font-family:system-ui,'Noto Sans CJK SC',sans-serif;line-height:1.5"><div style="width:900px">${body}</div><script src="/dist/henan-health-widgets.js"></script></body></html>`,
    );
    const wide = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await wide.goto(`${server.url}/test-results/fallback-wide.html`);
    await wide.waitForFunction(() => customElements.get('city-metric-card'));
    const sizes = await wide.evaluate(async () => {
      const el = document.querySelector('city-metric-card');
      await el.updateComplete;
      const style = getComputedStyle(el);
      const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((n, k) => n + parseFloat(style[k]), 0);
      return { element: el.getBoundingClientRect().height, drawn: el.shadowRoot.querySelector('.content').getBoundingClientRect().height + frame };
    });
    assert.ok(sizes.drawn < beforeUpgrade.reserved - 20, `the case tests something: drawn ${sizes.drawn} px in the wide column, ${beforeUpgrade.reserved} px held`);
    assert.ok(Math.abs(sizes.element - sizes.drawn) <= 1, `the element is as tall as what it draws (${sizes.element} px against ${sizes.drawn} px)`);
    await wide.close();
  });
});
