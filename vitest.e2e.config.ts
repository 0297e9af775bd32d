// End-to-end tests: the built app in real Chromium. The global setup builds the
// app and serves it with `vite preview` on a free port.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser at a time on a 2-core machine.
    fileParallelism: false,
  },
});
