// JavaScript runner: the browser side of dev.pairpad.executors.javascript.JavaScriptExecutor (contract in
// LanguageExecutor). User code runs in a fresh classic Web Worker per run, inside a sandboxed, opaque-origin
// iframe (sandbox.html) whose policy forbids every fetch: an endless loop only blocks that worker, and the
// code cannot see the page, its DOM, cookies or storage. Stop ends the worker at once.

const LOAD_TIMEOUT_MS = 20000;
const HARD_STOP_MS = 1000;

function createFrame(assetsUrl) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'JavaScript sandbox';
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;left:-10px;top:-10px;visibility:hidden';
  frame.src = new URL('sandbox.html', assetsUrl).href;
  (document.body || document.documentElement).appendChild(frame);
  return frame;
}

export function createRunner({ assetsUrl, onOutput }) {
  let frame = null;
  let ready = null;
  let markReady = null;
  let current = null; // {id, resolve, timer, hardTimer, started}
  let nextId = 1;
  let disposed = false;

  const open = () => {
    frame = createFrame(assetsUrl);
    ready = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the JavaScript sandbox did not load within '
          + LOAD_TIMEOUT_MS / 1000 + ' s')), LOAD_TIMEOUT_MS);
      markReady = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    ready.catch(() => {});
    return ready;
  };
  const firstReady = open();

  const finish = (status, ms) => {
    const run = current;
    if (!run) return;
    current = null;
    clearTimeout(run.timer);
    clearTimeout(run.hardTimer);
    run.resolve({ status, ms: Math.round(ms * 10) / 10 });
  };

  const stopRun = (reason) => {
    const run = current;
    if (!run || run.reason) return;
    run.reason = reason;
    if (!run.resolve) return; // still waiting for the sandbox: run() sees the reason and ends at once
    if (reason === 'timeout') onOutput('stderr', '\n[Time limit of ' + run.limitMs / 1000 + ' s reached.]\n');
    frame.contentWindow.postMessage({ type: 'stop', id: run.id, reason }, '*');
    // The sandbox's own thread is never busy, but if it does not answer, removing the frame ends everything.
    run.hardTimer = setTimeout(() => {
      frame.remove();
      open();
      finish(reason, performance.now() - run.started);
    }, HARD_STOP_MS);
  };

  const onMessage = (event) => {
    if (!frame || event.source !== frame.contentWindow) return;
    const message = event.data || {};
    if (message.type === 'ready') markReady();
    else if (message.type === 'output' && current) onOutput(message.stream, message.text);
    else if (message.type === 'done' && current && current.id === message.id) finish(message.status, message.ms);
  };
  window.addEventListener('message', onMessage);

  return {
    ready: firstReady,

    async run(code, { timeoutMs = 10000 } = {}) {
      if (disposed) throw new Error('this JavaScript runner was disposed');
      if (current) throw new Error('a JavaScript run is already in progress');
      const run = { id: nextId++, started: performance.now(), reason: null, limitMs: timeoutMs };
      current = run;
      await ready;
      return new Promise((resolve) => {
        run.resolve = resolve;
        if (current !== run || run.reason) {
          if (current === run) current = null;
          resolve({ status: run.reason || 'stopped', ms: 0 });
          return;
        }
        run.timer = setTimeout(() => stopRun('timeout'), timeoutMs);
        frame.contentWindow.postMessage({ type: 'run', id: run.id, code: String(code) }, '*');
      });
    },

    stop() {
      stopRun('stopped');
    },

    dispose() {
      if (disposed) return;
      disposed = true;
      window.removeEventListener('message', onMessage);
      frame.remove();
      if (current && current.resolve) finish('stopped', performance.now() - current.started);
      current = null;
    },
  };
}
