// Browser tests: every test/**/*.test.ts runs in Debian's headless Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { CHROMIUM_PATH, CHROMIUM_FLAGS } from './scripts/lib/chromium.mjs';
import { countReporter } from './scripts/lib/count-reporter.mjs';

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
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter('test-results/browser.json')],
};
