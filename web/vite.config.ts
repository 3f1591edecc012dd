import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './build/precompress.js';
import { appChunks } from './build/chunks.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const chunks = appChunks(root);

export default defineConfig({
  root,
  plugins: [react(), chunks.plugin, precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      // index.html: the staff and member app; citizen.html: the public citizen app (the server picks by path).
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), citizen: fileURLToPath(new URL('./citizen.html', import.meta.url)) },
      output: { codeSplitting: chunks.codeSplitting },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
