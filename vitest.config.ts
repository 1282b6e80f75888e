// Test projects: `unit` (pure code, no I/O), `faults` (slow drills) and `integration` (real Neo4j over Bolt, real HTTP, real
// Chromium). Integration files share one managed Neo4j started by the global setup and run one at a time:
// two cores cannot carry a JVM per worker. `@dossier/model` resolves as in tsconfig.json's paths.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const resolve = { alias: { '@dossier/model': fileURLToPath(new URL('./model/index.ts', import.meta.url)) } };

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // (A file's first extraction loads the learned models; on a loaded two-core host that alone has
          // taken more than the default 5 s.)
          testTimeout: 20_000,
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
      {
        // Slow fault drills (`npm run test:faults`, not in `npm test`): each starts what it needs.
        resolve,
        test: {
          name: 'faults',
          include: ['test/faults/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 600_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
