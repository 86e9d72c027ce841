// Runs in the sandboxed, opaque-origin iframe: starts one classic blob worker per run and ends it on Stop.
// The user's code shares the blob's first line with the importScripts of worker.js, so its line numbers
// are the editor's; the line after it tells worker.js that the top level has finished.
'use strict';
(() => {
  const bundle = new URL('./', document.currentScript.src).href;
  const toPage = (message) => parent.postMessage(message, '*');
  let current = null; // {id, worker, url}

  function end(status, ms) {
    if (!current) return;
    const run = current;
    current = null;
    run.worker.terminate();
    URL.revokeObjectURL(run.url);
    toPage({ type: 'done', id: run.id, status, ms });
  }

  function start(id, code) {
    if (current) end('stopped', performance.now() - current.started);
    const source = 'importScripts(' + JSON.stringify(bundle + 'worker.js') + ');' + code + '\n;self.__pairpadTopLevelDone();\n';
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    const worker = new Worker(url);
    current = { id, worker, url, started: performance.now() };
    worker.onmessage = (event) => {
      const message = event.data || {};
      if (!current || current.worker !== worker) return;
      if (message.type === 'output') toPage({ type: 'output', stream: message.stream, text: message.text });
      else if (message.type === 'done') end(message.status, message.ms);
    };
    worker.onerror = (event) => {
      // Reached only for errors worker.js could not catch itself: a syntax error in the code stops the
      // whole script before worker.js runs.
      event.preventDefault();
      if (!current || current.worker !== worker) return;
      const where = event.lineno ? ' (line ' + event.lineno + ')' : '';
      toPage({ type: 'output', stream: 'stderr', text: (event.message || 'Uncaught error') + where + '\n' });
      end('error', performance.now() - current.started);
    };
  }

  self.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const message = event.data || {};
    if (message.type === 'run') start(message.id, String(message.code));
    else if (message.type === 'stop' && current && current.id === message.id) {
      end(message.reason === 'timeout' ? 'timeout' : 'stopped', performance.now() - current.started);
    }
  });
  toPage({ type: 'ready' });
})();
