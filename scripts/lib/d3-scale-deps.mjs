// d3-scale imports d3-interpolate (whose generic `interpolate` brings all of
// d3-color) and d3-format (used only by a scale's tickFormat). The charts map
// numbers to numbers and format with Intl, so d3-scale's own imports of those
// two resolve to the slim modules in src/core/d3-scale-deps/ instead: about
// 7 KB gzip less on every page. The build (Vite) and the browser tests
// (@web/test-runner) both apply it, so tests run what ships.
import { fileURLToPath } from 'node:url';

const SHIMS = {
  'd3-interpolate': 'src/core/d3-scale-deps/interpolate.ts',
  'd3-format': 'src/core/d3-scale-deps/format.ts',
};
const fromD3Scale = (importer) => /[\\/]node_modules[\\/]d3-scale[\\/]/.test(importer ?? '');

/** Vite / Rolldown plugin. */
export function d3ScaleDeps() {
  return {
    name: 'd3-scale-deps',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!fromD3Scale(importer) || !(source in SHIMS)) return null;
      return fileURLToPath(new URL(`../../${SHIMS[source]}`, import.meta.url));
    },
  };
}

/** @web/test-runner (dev server) plugin: the same redirection, as served paths. */
export function d3ScaleDepsForTestRunner() {
  return {
    name: 'd3-scale-deps',
    resolveImport({ source, context }) {
      if (!fromD3Scale(context.path) || !(source in SHIMS)) return undefined;
      return `/${SHIMS[source]}`;
    },
  };
}
