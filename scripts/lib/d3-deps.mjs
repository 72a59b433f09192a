// d3-scale imports d3-interpolate (whose generic `interpolate` brings all of
// d3-color) and d3-format (used only by a scale's tickFormat); d3-shape imports
// d3-path, whose Path class carries arcs and curves. The charts map numbers to
// numbers, format with Intl and draw straight lines, so those imports resolve
// to the slim modules in src/core/d3-deps/ instead: about 8 KB gzip less on
// every page. The build (Vite) and the browser tests (@web/test-runner) both
// apply it, so tests run what ships. Only these packages' own imports are
// redirected.
import { fileURLToPath } from 'node:url';

const REDIRECTS = [
  { importer: 'd3-scale', source: 'd3-interpolate', to: 'src/core/d3-deps/interpolate.ts' },
  { importer: 'd3-scale', source: 'd3-format', to: 'src/core/d3-deps/format.ts' },
  { importer: 'd3-shape', source: 'd3-path', to: 'src/core/d3-deps/path.ts' },
];

/** The slim module for `source` imported from `importer` (a file path or URL path), if any. */
function redirect(source, importer) {
  return REDIRECTS.find((r) => r.source === source && new RegExp(`[\\\\/]node_modules[\\\\/]${r.importer}[\\\\/]`).test(importer ?? ''))?.to;
}

/** Vite / Rolldown plugin. */
export function d3Deps() {
  return {
    name: 'd3-deps',
    enforce: 'pre',
    resolveId(source, importer) {
      const to = redirect(source, importer);
      return to ? fileURLToPath(new URL(`../../${to}`, import.meta.url)) : null;
    },
  };
}

/** @web/test-runner (dev server) plugin: the same redirection, as served paths. */
export function d3DepsForTestRunner() {
  return {
    name: 'd3-deps',
    resolveImport({ source, context }) {
      const to = redirect(source, context.path);
      return to ? `/${to}` : undefined;
    },
  };
}
