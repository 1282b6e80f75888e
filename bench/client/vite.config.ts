// Builds the bench page (bench/client/dist) with the client's renderer.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
export default defineConfig({
  root: here,
  base: './',
  resolve: { alias: { '@dossier/model': path.join(here, '..', '..', 'model', 'index.ts') } },
  build: { outDir: path.join(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
});
