import { defineConfig } from 'vitest/config';

// The jar holds the built app under the classpath folder pairpad/web/ (served by core at /).
export default defineConfig({
  base: '/',
  build: {
    outDir: 'target/classes/pairpad/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
    // Monaco's workers dominate the build time; the timing report says nothing new each build.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  logLevel: 'warn',
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
