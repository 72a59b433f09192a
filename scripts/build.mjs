#!/usr/bin/env node
// npm run build: everything dist/ and the npm package hold.
//   dist/*.js                       ES module entry points (index, all, one per component) + shared chunks + data shards
//   dist/henan-health-widgets.js    the single self-contained script (IIFE, whole dataset inlined)
//   dist/embed.html, embed-frame.js, embed.css   the iframe embed
//   dist/embed-host.js              the host page's resizing script
//   dist/types/                     .d.ts for every entry
//   custom-elements.json            Custom Elements Manifest from the components' JSDoc
import { build, loadConfigFromFile } from 'vite';
import { copyFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const run = (/** @type {string} */ cmd, /** @type {string[]} */ args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

/** One self-contained IIFE per script: dynamic imports (the data shards) inlined. */
const scripts = [
  ['src/henan-health-widgets.ts', 'henan-health-widgets.js'],
  ['src/embed/frame.ts', 'embed-frame.js'],
  ['src/embed/host.ts', 'embed-host.js'],
];
// The same plugins (template minification) and tree-shaking as the ES build, from vite.config.ts.
const { plugins, build: { rolldownOptions: { treeshake } = {} } = {} } =
  (await loadConfigFromFile({ command: 'build', mode: 'production' }, 'vite.config.ts', undefined, 'silent'))?.config ?? {};
for (const [entry, file] of scripts) {
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['iife'], name: 'HenanHealthWidgets', fileName: () => file },
      rolldownOptions: { treeshake, output: { codeSplitting: false } },
    },
  });
}
copyFileSync('src/embed/embed.html', 'dist/embed.html');
copyFileSync('src/embed/embed.css', 'dist/embed.css');

run('npx', ['tsc', '-p', 'tsconfig.build.json']);
run('npm', ['run', '--silent', 'analyze']);
