// Python runner: the browser side of dev.pairpad.executors.python.PythonExecutor (contract in LanguageExecutor).
// Each interpreter lives in a Web Worker inside a sandboxed, opaque-origin iframe (sandbox.html), so user code
// cannot reach the page, its origin or its storage. Stop and the time limit first raise KeyboardInterrupt
// through a shared interrupt buffer (the interpreter survives); code that ignores it for a second (C-level
// loops, time.sleep) loses its iframe, and a spare interpreter loaded in the background takes over.

const LOAD_TIMEOUT_MS = 45000; // a wrong CSP (no 'wasm-unsafe-eval') makes loadPyodide hang instead of failing
const HARD_STOP_MS = 1000;
const RUNTIME_FOLDER = 'pyodide/314.0.7/'; // the npm package version the jar was built with
const RUNTIME_FILES = ['pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json', 'pyodide.asm.mjs'];

// The page fetches the runtime (versioned, cached for a year) and hands each sandbox a copy: a sandboxed
// frame's opaque origin gets a new, empty HTTP cache every time, so it would download ~13 MB on every load.
function fetchRuntime(runtimeUrl) {
  return Promise.all(RUNTIME_FILES.map((name) => fetch(runtimeUrl + name).then((response) => {
    if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
    return response.arrayBuffer();
  }))).then((buffers) => Object.fromEntries(RUNTIME_FILES.map((name, i) => [name, buffers[i]])),
      () => ({})); // the sandbox then fetches the files itself
}

class Sandbox {
  constructor(assetsUrl, runtime, loadTimeoutMs) {
    this.runtime = runtime;
    this.created = performance.now();
    this.timings = null;
    this.isolated = false;
    this.frame = document.createElement('iframe');
    this.frame.setAttribute('sandbox', 'allow-scripts');
    this.frame.setAttribute('allow', 'cross-origin-isolated');
    this.frame.setAttribute('aria-hidden', 'true');
    this.frame.tabIndex = -1;
    this.frame.title = 'Python sandbox';
    this.frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10px;top:-10px;visibility:hidden';
    this.frame.src = new URL('sandbox.html', assetsUrl).href;
    this.ready = new Promise((resolve, reject) => {
      this.loaded = resolve;
      this.failed = reject;
    });
    this.loadTimeoutMs = loadTimeoutMs;
    this.timer = null;
    this.armTimeout();
    this.ready.then(() => clearTimeout(this.timer), () => clearTimeout(this.timer));
    this.ready.catch(() => {}); // a spare that fails to load is only replaced, never reported
    (document.body || document.documentElement).appendChild(this.frame);
  }

  // Once for the sandbox page to answer, once more for Pyodide to start after the runtime arrived, so a slow
  // download of the runtime by the page does not count against the interpreter's start.
  armTimeout() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.failed(new Error('Python did not load within ' + this.loadTimeoutMs / 1000
        + ' s (is the executor CSP missing \'wasm-unsafe-eval\'?)')), this.loadTimeoutMs);
  }

  get window() {
    return this.frame.contentWindow;
  }

  post(message) {
    if (this.frame.contentWindow) this.frame.contentWindow.postMessage(message, '*');
  }

  remove() {
    this.failed(new Error('Python sandbox removed'));
    this.frame.remove();
  }
}

export function createRunner({ assetsUrl, onOutput, onStdinRequest, loadTimeoutMs = LOAD_TIMEOUT_MS }) {
  const runtimeUrl = new URL(RUNTIME_FOLDER, assetsUrl).href;
  const runtime = fetchRuntime(runtimeUrl);
  const newSandbox = () => new Sandbox(assetsUrl, runtime, loadTimeoutMs);
  let active = newSandbox();
  let spare = null;
  let current = null; // {id, sandbox, started, reason, resolve, timer, hardTimer}
  let nextId = 1;
  let disposed = false;
  let starting = false;

  const ensureSpare = () => {
    const owner = active;
    owner.ready.then(() => {
      if (!disposed && active === owner && spare === null) spare = newSandbox();
    }, () => {});
  };
  ensureSpare();

  const finish = (status, ms) => {
    const run = current;
    if (!run) return;
    current = null;
    clearTimeout(run.timer);
    clearTimeout(run.hardTimer);
    run.resolve({ status, ms: Math.round(ms * 10) / 10 });
  };

  const hardStop = () => {
    const run = current;
    if (!run) return;
    run.sandbox.remove();
    if (active === run.sandbox) {
      active = spare || newSandbox();
      spare = null;
      ensureSpare();
    }
    onOutput('stderr', '\n[The code did not stop within ' + HARD_STOP_MS / 1000
        + ' s; it was ended and a fresh Python took over.]\n');
    finish(run.reason || 'stopped', performance.now() - run.started);
  };

  const interrupt = (reason) => {
    const run = current;
    if (!run || run.reason) return;
    run.reason = reason;
    if (reason === 'timeout') onOutput('stderr', '\n[Time limit of ' + run.limitMs / 1000 + ' s reached.]\n');
    if (!run.sandbox.isolated) {
      hardStop();
      return;
    }
    run.sandbox.post({ type: 'interrupt' });
    run.hardTimer = setTimeout(hardStop, HARD_STOP_MS);
  };

  const answerStdin = (sandbox, prompt) => {
    const ask = onStdinRequest ? Promise.resolve().then(() => onStdinRequest(prompt)) : Promise.resolve(null);
    ask.then((text) => sandbox.post({ type: 'stdin', text: typeof text === 'string' ? text : null }),
        () => sandbox.post({ type: 'stdin', text: null }));
  };

  const onMessage = (event) => {
    const sandbox = [active, spare].find((candidate) => candidate && candidate.window === event.source);
    if (!sandbox) return;
    const message = event.data || {};
    switch (message.type) {
      case 'sandbox':
        sandbox.isolated = message.isolated === true;
        clearTimeout(sandbox.timer);
        sandbox.runtime.then((files) => {
          sandbox.armTimeout();
          sandbox.post({ type: 'runtime', runtimeUrl, files });
        });
        break;
      case 'ready':
        sandbox.timings = { ...message.timings, sinceCreated: performance.now() - sandbox.created };
        sandbox.loaded();
        break;
      case 'load-error': sandbox.failed(new Error(message.message)); break;
      case 'output':
        if (current && current.sandbox === sandbox) onOutput(message.stream, message.text);
        break;
      case 'stdin':
        if (current && current.sandbox === sandbox) answerStdin(sandbox, message.prompt);
        break;
      case 'done':
        if (current && current.sandbox === sandbox && current.id === message.id) {
          const status = message.status === 'stopped' && current.reason ? current.reason : message.status;
          finish(status, message.ms);
        }
        break;
      default:
    }
  };
  window.addEventListener('message', onMessage);

  return {
    ready: active.ready,

    /** Not part of the contract: how long the current interpreter took to load, step by step (ms). */
    get loadTimings() {
      return active.timings;
    },

    async run(code, { timeoutMs = 10000 } = {}) {
      if (disposed) throw new Error('this Python runner was disposed');
      if (current || starting) throw new Error('a Python run is already in progress');
      const sandbox = active;
      starting = true;
      try {
        await sandbox.ready;
      } finally {
        starting = false;
      }
      if (disposed) throw new Error('this Python runner was disposed');
      return new Promise((resolve) => {
        current = { id: nextId++, sandbox, started: performance.now(), reason: null, resolve, limitMs: timeoutMs };
        current.timer = setTimeout(() => interrupt('timeout'), timeoutMs);
        sandbox.post({ type: 'run', id: current.id, code: String(code) });
      });
    },

    stop() {
      interrupt('stopped');
    },

    dispose() {
      if (disposed) return;
      disposed = true;
      window.removeEventListener('message', onMessage);
      const run = current;
      active.remove();
      if (spare) spare.remove();
      if (run) finish('stopped', performance.now() - run.started);
    },
  };
}
