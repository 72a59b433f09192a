// The ES module build (vite library mode): one entry per component, `all`, and
// the side-effect-free `index`. Lit, d3 and the dataset index land in shared
// chunks that are never duplicated; each programme's data shard is its own
// chunk, loaded only when a widget shows that programme. scripts/build.mjs runs
// this and then the single-script (IIFE) builds.
import { defineConfig } from 'vite';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { d3Deps } from './scripts/lib/d3-deps.mjs';

/**
 * Writing a property of an object nothing reads is not kept as a side effect.
 * d3-shape's dist file assigns a prototype to each of its twenty-odd curve
 * classes at the top level; without this every bundle carried them all (8 KB
 * raw) for the one straight line we draw. scripts/build.mjs reads it from here.
 */
const treeshake = { propertyWriteSideEffects: false } as const;

export default defineConfig({
  // Templates and stylesheets lose their indentation: smaller files, and fewer
  // whitespace text nodes for every widget to clone and lay out. Not the theme
  // tokens (src/styles/tokens.ts, the map's henan-map.tokens.ts): their blocks
  // of bare declarations are not CSS the minifier can parse.
  plugins: [d3Deps(), minifyHTMLLiterals({ include: ['src/**/*.ts'], exclude: ['src/**/*tokens.ts'], failOnError: true })],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        all: 'src/all.ts',
        'city-metric-card': 'src/components/city-metric-card/city-metric-card.ts',
        'program-comparison': 'src/components/program-comparison/program-comparison.ts',
        'city-ranking': 'src/components/city-ranking/city-ranking.ts',
        'henan-map': 'src/components/henan-map/henan-map.ts',
        'metric-trend': 'src/components/metric-trend/metric-trend.ts',
        'city-profile': 'src/components/city-profile/city-profile.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      treeshake,
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Library mode keeps whitespace in ES output; minify it fully, these files are served as they are.
        minify: true,
      },
    },
  },
});
