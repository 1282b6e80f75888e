// Test projects: `unit` (pure code, no I/O), `faults` (slow drills) and `integration` (real Neo4j over Bolt, real HTTP, real
// Chromium). Integration files share one managed Neo4j started by the global setup and run one at a time:
// two cores cannot carry a JVM per worker.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
