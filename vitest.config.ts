import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The office is in Asia/Ho_Chi_Minh; the machine is not. Rules must never read the host zone.
    env: { TZ: 'America/New_York' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
