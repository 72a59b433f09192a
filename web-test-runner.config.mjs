// Browser tests: every test/**/*.test.ts runs in Debian's headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from './scripts/lib/chromium.mjs';
import { countReporter } from './scripts/lib/count-reporter.mjs';
import { d3DepsForTestRunner } from './scripts/lib/d3-deps.mjs';

/**
 * `executeServerCommand('emulate-media-features', { media, features })` for tests: print and
 * forced colours, which the chrome launcher's own emulateMedia command cannot set.
 * One CDP session per page, so the emulation lasts until the next call resets it.
 */
function emulateMediaPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload?.media ?? '', features: payload?.features ?? [] });
      return true;
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  // Test what ships: Lit's production build, not its dev build.
  nodeResolve: { exportConditions: ['production'] },
  // One page at a time: keyboard tests need the focused window.
  concurrency: 1,
  testFramework: { config: { ui: 'tdd', timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  plugins: [d3DepsForTestRunner(), esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' }), emulateMediaPlugin()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('test-results/browser.json')],
};
