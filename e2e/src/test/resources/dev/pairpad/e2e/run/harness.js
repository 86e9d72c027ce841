// Loads one language runner straight from /executors/{id}/ the way the web app does, and exposes it to tests.
let ticks = 0;
setInterval(() => { ticks += 1; }, 20);
let clicks = 0;
document.getElementById('click').addEventListener('click', () => {
  clicks += 1;
  document.getElementById('clicks').textContent = String(clicks);
});

const harness = {
  runner: null,
  output: [],
  prompts: [],
  answers: [],
  holdStdin: false,
  result: null,
  loadMs: null,
  get ticks() { return ticks; },
  get clicks() { return clicks; },

  async load(id) {
    const started = performance.now();
    const assetsUrl = new URL('/executors/' + id + '/', location.href).href;
    const module = await import(assetsUrl + 'runner.js');
    harness.runner = module.createRunner({
      assetsUrl,
      onOutput: (stream, text) => harness.output.push([stream, text]),
      onStdinRequest: (prompt) => {
        harness.prompts.push(prompt);
        if (harness.holdStdin) return new Promise(() => {}); // a person who never answers
        return Promise.resolve(harness.answers.length ? harness.answers.shift() : null);
      },
    });
    await harness.runner.ready;
    harness.loadMs = performance.now() - started;
    harness.readyAt = performance.now(); // since navigation started
    return harness.loadMs;
  },

  // Loads a runner whose bundle folder is wrong; answers how its ready promise ended.
  async loadBroken(id, assetsPath, loadTimeoutMs) {
    const module = await import(new URL('/executors/' + id + '/runner.js', location.href).href);
    const runner = module.createRunner({
      assetsUrl: new URL(assetsPath, location.href).href,
      onOutput: () => {},
      onStdinRequest: () => Promise.resolve(null),
      loadTimeoutMs,
    });
    try {
      await runner.ready;
      return 'ready';
    } catch (error) {
      return 'rejected: ' + error.message;
    } finally {
      runner.dispose();
    }
  },

  // For the benchmark: wall time of one run as the page sees it.
  async timeRun(code, timeoutMs, pauseMs = 0) {
    if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
    const started = performance.now();
    const result = await harness.run(code, timeoutMs);
    return { status: result.status, ms: performance.now() - started };
  },

  // For the benchmark: from stop() until a following trivial run has finished.
  async stopToReady(code, marker, trivial) {
    harness.start(code, 60000);
    while (!harness.text('stdout').includes(marker)) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    harness.runner.stop();
    while (harness.result === null) await new Promise((resolve) => setTimeout(resolve, 1));
    const stopped = performance.now() - started;
    const status = harness.result.status;
    await harness.run(trivial, 60000);
    return { status, stoppedMs: stopped, readyMs: performance.now() - started };
  },

  start(code, timeoutMs) {
    harness.output = [];
    harness.result = null;
    harness.runner.run(code, { timeoutMs }).then(
        (result) => { harness.result = result; },
        (error) => { harness.result = { status: 'threw', message: String(error) }; });
  },

  async run(code, timeoutMs) {
    harness.output = [];
    harness.result = await harness.runner.run(code, { timeoutMs });
    return harness.result;
  },

  text(stream) {
    return harness.output.filter(([s]) => s === stream).map(([, t]) => t).join('');
  },
};
window.harness = harness;
document.body.dataset.harness = 'ready';
