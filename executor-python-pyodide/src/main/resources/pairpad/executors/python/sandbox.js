// Runs in the sandboxed, opaque-origin iframe: owns the Pyodide worker and the shared buffers for Stop and
// input(), and relays messages between the worker and the page (runner.js), which is its only parent.
'use strict';
(() => {
  const bundle = new URL('./', document.currentScript.src).href;
  const STDIN_BYTES = 65536;
  const shared = typeof SharedArrayBuffer === 'function' && self.crossOriginIsolated === true;
  const interrupt = shared ? new Uint8Array(new SharedArrayBuffer(1)) : null;
  const stdin = shared ? new SharedArrayBuffer(8 + STDIN_BYTES) : null;
  const output = shared ? self.PairpadRing.create(1 << 20) : null;
  const toPage = (message) => parent.postMessage(message, '*');
  let started = false;

  // A classic worker from a blob: module workers fail in an opaque origin, and a worker URL on our server
  // would be cross-origin to this frame.
  const source = 'importScripts(' + JSON.stringify(bundle + 'ring.js') + ', ' + JSON.stringify(bundle + 'worker.js') + ');\n';
  const blobUrl = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const worker = new Worker(blobUrl);
  // Output read from the ring goes to the page in one message per stream change, every 16 ms at most.
  let pending = []; // [stream, text], consecutive writes to one stream joined
  const read = output && self.PairpadRing.reader(output, (streamId, text) => {
    const stream = streamId === 2 ? 'stderr' : 'stdout';
    const last = pending[pending.length - 1];
    if (last && last[0] === stream) last[1] += text;
    else if (text) pending.push([stream, text]);
  });
  const drain = () => {
    if (!read) return;
    read();
    for (const [stream, text] of pending) if (text) toPage({ type: 'output', stream, text });
    pending = [];
  };
  if (read) setInterval(drain, 16);
  worker.onmessage = (event) => {
    drain(); // output written before this message must reach the page first
    toPage(event.data);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    toPage({ type: 'load-error', message: 'Python worker failed: ' + (event.message || 'could not start') });
  };

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
    if (message.type === 'runtime' && !started) {
      started = true;
      const files = message.files || {};
      worker.postMessage({ type: 'init', runtimeUrl: String(message.runtimeUrl), files, interrupt: interrupt && interrupt.buffer, stdin, output },
          Object.values(files));
    } else if (message.type === 'run') worker.postMessage({ type: 'run', id: message.id, code: String(message.code) });
    else if (message.type === 'interrupt' && interrupt) Atomics.store(interrupt, 0, 2);
    else if (message.type === 'stdin' && stdin) answerStdin(message.text);
  });
  toPage({ type: 'sandbox', isolated: shared });
})();
