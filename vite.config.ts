// Library build (vite library mode): dist/ holds the ES module entry points.
// The gallery has its own config in gallery/vite.config.ts.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: { index: 'src/index.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit/, /^d3-/],
    },
  },
});
