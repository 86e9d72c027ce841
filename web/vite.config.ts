import { defineConfig } from 'vitest/config';

// The jar holds the built app under the classpath folder pairpad/web/ (served by core at /).
// `vite` (dev server with hot reload, docker/dev/web-dev.sh) proxies the server's paths to PAIRPAD_DEV_BACKEND.
const backend = process.env.PAIRPAD_DEV_BACKEND ?? 'http://127.0.0.1:8080';

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
  server: {
    proxy: {
      '/api': backend,
      '/ws': { target: backend, ws: true },
      '/executors': backend,
    },
    // Cross-origin isolation, as the real server sends it, so Pyodide's interrupt buffer works in development.
    headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' },
  },
  logLevel: 'warn',
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
