// The gallery (npm start): a Vite page serving the library's source, one page
// per component with live examples and the code to embed each.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { port: 5173, strictPort: false, host: '127.0.0.1', fs: { allow: ['..'] } },
  build: { outDir: '../dist/gallery', emptyOutDir: true },
});
