#!/usr/bin/env node
// Screenshots of the gallery for people to look at: every component page in
// light and dark, at 320 px and 1200 px (and forced colours), in the language of
// each example. Writes PNGs to screenshots/ (git-ignored).
//   node scripts/screenshots.mjs [tag ...]
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, CHROMIUM_FLAGS, ensureChromium } from './lib/chromium.mjs';
import { galleryTags } from './lib/gallery-tags.mjs';

if (!ensureChromium()) process.exit(1);
const tags = process.argv.slice(2).length ? process.argv.slice(2) : await galleryTags();
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const server = await createServer({ configFile: 'gallery/vite.config.ts', server: { port: 0 }, logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls?.local[0] ?? '';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const variants = [
  { name: 'light-320', width: 320, colorScheme: 'light' },
  { name: 'dark-320', width: 320, colorScheme: 'dark' },
  { name: 'light-1200', width: 1200, colorScheme: 'light' },
  { name: 'forced-800', width: 800, colorScheme: 'light', forcedColors: 'active' },
];
for (const tag of tags) {
  for (const v of variants) {
    const page = await browser.newPage({ viewport: { width: v.width, height: 900 }, colorScheme: v.colorScheme, forcedColors: v.forcedColors ?? 'none' });
    await page.goto(`${base}#/${tag}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const file = `${out}/${tag}-${v.name}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
