// Placeholder runner: the real one lands with the executors issue.
export function createRunner({ onOutput }) {
  return {
    ready: Promise.resolve(),
    async run() { onOutput('stderr', 'This language runner is not built yet.\n'); return { status: 'error', ms: 0 }; },
    stop() {},
    dispose() {},
  };
}
