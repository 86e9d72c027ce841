// Runs in the sandboxed, opaque-origin iframe: owns the Pyodide worker and the shared buffers for Stop and
// input(), and relays messages between the worker and the page (runner.js), which is its only parent.
'use strict';
(() => {
  const bundle = new URL('./', document.currentScript.src).href;
  const STDIN_BYTES = 65536;
  const shared = typeof SharedArrayBuffer === 'function' && self.crossOriginIsolated === true;
  const interrupt = shared ? new Uint8Array(new SharedArrayBuffer(1)) : null;
  const stdin = shared ? new SharedArrayBuffer(8 + STDIN_BYTES) : null;
  const toPage = (message) => parent.postMessage(message, '*');

  // A classic worker from a blob: module workers fail in an opaque origin, and a worker URL on our server
  // would be cross-origin to this frame.
  const source = 'self.PAIRPAD_BUNDLE = ' + JSON.stringify(bundle) + ';\nimportScripts(' + JSON.stringify(bundle + 'worker.js') + ');\n';
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl);
  worker.onmessage = (event) => toPage(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    toPage({ type: 'load-error', message: 'Python worker failed: ' + (event.message || 'could not start') });
  };
  worker.postMessage({ type: 'init', interrupt: interrupt && interrupt.buffer, stdin });

  function answerStdin(text) {
    const control = new Int32Array(stdin, 0, 2);
    if (typeof text !== 'string') {
      Atomics.store(control, 0, 2);
    } else {
      const bytes = new TextEncoder().encode(text).slice(0, STDIN_BYTES);
      new Uint8Array(stdin, 8).set(bytes);
      Atomics.store(control, 1, bytes.length);
      Atomics.store(control, 0, 1);
    }
    Atomics.notify(control, 0);
  }

  self.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const message = event.data || {};
    if (message.type === 'run') worker.postMessage({ type: 'run', id: message.id, code: String(message.code) });
    else if (message.type === 'interrupt' && interrupt) Atomics.store(interrupt, 0, 2);
    else if (message.type === 'stdin' && stdin) answerStdin(message.text);
  });
  toPage({ type: 'sandbox', isolated: shared });
})();
