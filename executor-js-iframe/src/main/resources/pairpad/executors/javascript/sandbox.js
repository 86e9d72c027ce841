// Runs in the sandboxed, opaque-origin iframe: each run gets its own classic blob worker (made ahead of time,
// so a run does not wait for it to start), and Stop ends that worker at once. The user's code is a blob of
// its own that the worker imports, so error line numbers are the editor's.
'use strict';
(() => {
  const bundle = new URL('./', document.currentScript.src).href;
  const toPage = (message) => parent.postMessage(message, '*');
  let current = null; // {id, worker, url}

  let spare = null; // the next run's worker, already past loading worker.js

  function createWorker() {
    const url = URL.createObjectURL(new Blob(['importScripts(' + JSON.stringify(bundle + 'worker.js') + ');\n'],
        { type: 'text/javascript' }));
    const worker = new Worker(url);
    URL.revokeObjectURL(url);
    return worker;
  }

  function end(status, ms) {
    if (!current) return;
    const run = current;
    current = null;
    run.worker.terminate();
    URL.revokeObjectURL(run.codeUrl);
    toPage({ type: 'done', id: run.id, status, ms });
  }

  // The code's own worker, with nothing imported before it: its failure to parse names the line. It cannot
  // run (it did not parse), and ends as soon as it reports or after two seconds.
  function locateSyntaxError({ message, ms }) {
    const run = current;
    const probe = new Worker(run.codeUrl);
    let timer = null;
    const report = (line) => {
      clearTimeout(timer);
      probe.terminate();
      if (current !== run) return;
      toPage({ type: 'output', stream: 'stderr', text: 'Uncaught SyntaxError: ' + message.replace(/^Failed to execute 'importScripts' on 'WorkerGlobalScope': /, '')
          + (line ? '\n    at main.js:' + line : '') + '\n' });
      end('error', ms);
    };
    probe.onerror = (event) => {
      event.preventDefault();
      report(event.lineno);
    };
    timer = setTimeout(() => report(0), 2000);
  }

  function start(id, code) {
    if (current) end('stopped', performance.now() - current.started);
    const worker = spare || createWorker();
    spare = createWorker();
    const codeUrl = URL.createObjectURL(new Blob([code + '\n'], { type: 'text/javascript' }));
    current = { id, worker, codeUrl, started: performance.now() };
    worker.onmessage = (event) => {
      const message = event.data || {};
      if (!current || current.worker !== worker) return;
      if (message.type === 'output') toPage({ type: 'output', stream: message.stream, text: message.text });
      else if (message.type === 'done') end(message.status, message.ms);
      else if (message.type === 'syntax-error') locateSyntaxError(message);
    };
    worker.onerror = (event) => {
      // Reached only for errors worker.js could not catch itself, such as worker.js failing to load.
      event.preventDefault();
      if (!current || current.worker !== worker) return;
      const where = event.lineno ? ' (line ' + event.lineno + ')' : '';
      toPage({ type: 'output', stream: 'stderr', text: (event.message || 'Uncaught error') + where + '\n' });
      end('error', performance.now() - current.started);
    };
    worker.postMessage({ type: 'run', codeUrl });
  }

  self.addEventListener('message', (event) => {
    if (event.source !== parent) return;
    const message = event.data || {};
    if (message.type === 'run') start(message.id, String(message.code));
    else if (message.type === 'stop' && current && current.id === message.id) {
      end(message.reason === 'timeout' ? 'timeout' : 'stopped', performance.now() - current.started);
    }
  });
  spare = createWorker();
  toPage({ type: 'ready' });
})();
