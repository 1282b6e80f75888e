// Vite build of the explorer: sources in client/, output in client/dist (served by the server).
// `@dossier/model` (the shared model) resolves as in tsconfig.json's paths.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const model = path.join(here, '..', 'model');

export default defineConfig({
  root: here,
  base: '/',
  resolve: { alias: { '@dossier/model': path.join(model, 'index.ts') } },
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // The model's modules only declare things: what the client does not use (the zod schemas) is left out.
    rollupOptions: { treeshake: { moduleSideEffects: (id) => !id.startsWith(model) } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
