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
        return Promise.resolve(harness.answers.length ? harness.answers.shift() : null);
      },
    });
    await harness.runner.ready;
    harness.loadMs = performance.now() - started;
    return harness.loadMs;
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
