import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The command's code cache goes to a folder of the run (test/setup/code-cache-dir.ts).
    globalSetup: ['test/setup/code-cache-dir.ts'],
    // Two cores on CI machines: keep the pool small so the suite does not thrash.
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 }, forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 60_000,
  },
});
