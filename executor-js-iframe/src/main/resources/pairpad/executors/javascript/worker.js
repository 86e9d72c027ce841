// The start of every classic blob worker the sandbox makes (see sandbox.js), loaded before the worker is
// needed: captures console output, uncaught errors and rejections, then waits for {type: 'run', codeUrl},
// runs that blob of user code once, and reports 'done' once its top level has run and no timer is pending.
'use strict';
(() => {
  const FLUSH_MS = 16;
  const FLUSH_CHARS = 8192;
  const MAX_OUTPUT_CHARS = 1 << 20;
  let started = 0;
  const realSetTimeout = self.setTimeout.bind(self);
  const realClearTimeout = self.clearTimeout.bind(self);
  const realSetInterval = self.setInterval.bind(self);
  const realClearInterval = self.clearInterval.bind(self);
  const pending = new Set();
  let topLevelDone = false;
  let failed = false;
  let finished = false;

  // ---- output: the first few writes of every 16 ms go out at once (the code may next loop forever, and no
  // timer could flush them then); beyond that they are batched, so a logging loop sends a few messages per
  // frame, not one per line.
  const IMMEDIATE_PER_WINDOW = 8;
  const out = { stream: 'stdout', text: '', total: 0, truncated: false, windowStart: -Infinity, sent: 0, scheduled: false };
  function flush() {
    if (!out.text) return;
    postMessage({ type: 'output', stream: out.stream, text: out.text });
    out.text = '';
    out.sent += 1;
  }
  function write(stream, text) {
    if (out.truncated || finished) return;
    if (out.total + text.length > MAX_OUTPUT_CHARS) {
      text = text.slice(0, Math.max(0, MAX_OUTPUT_CHARS - out.total)) + '\n[output truncated after ' + MAX_OUTPUT_CHARS + ' characters]\n';
      out.truncated = true;
    }
    out.total += text.length;
    if (stream !== out.stream) flush();
    out.stream = stream;
    out.text += text;
    const now = performance.now();
    if (now - out.windowStart >= FLUSH_MS) {
      out.windowStart = now;
      out.sent = 0;
    }
    if (out.text.length >= FLUSH_CHARS || out.sent < IMMEDIATE_PER_WINDOW) flush();
    else if (!out.scheduled) {
      out.scheduled = true;
      realSetTimeout(() => { out.scheduled = false; flush(); }, FLUSH_MS);
    }
  }

  // ---- readable formatting, in the spirit of Node's util.inspect ----
  function formatKey(key) {
    return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  }
  function inspect(value, depth, seen) {
    if (typeof value === 'string') return depth === 0 ? value : JSON.stringify(value);
    if (typeof value === 'bigint') return value + 'n';
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return '[Function: ' + (value.name || '(anonymous)') + ']';
    if (value === null || typeof value !== 'object') return String(value);
    if (seen.includes(value)) return '[Circular]';
    if (value instanceof Error) return value.stack ? cleanStack(value.stack, value) : String(value);
    if (value instanceof Date) return isNaN(value) ? 'Invalid Date' : value.toISOString();
    if (value instanceof RegExp) return String(value);
    if (depth > 3) return Array.isArray(value) ? '[Array]' : '[Object]';
    const inner = seen.concat([value]);
    const show = (item) => inspect(item, depth + 1, inner);
    let parts;
    let open;
    let close;
    if (Array.isArray(value)) {
      parts = value.slice(0, 100).map(show);
      if (value.length > 100) parts.push('... ' + (value.length - 100) + ' more items');
      [open, close] = ['[', ']'];
    } else if (value instanceof Map) {
      parts = Array.from(value).slice(0, 100).map(([k, v]) => show(k) + ' => ' + show(v));
      [open, close] = ['Map(' + value.size + ') {', '}'];
    } else if (value instanceof Set) {
      parts = Array.from(value).slice(0, 100).map(show);
      [open, close] = ['Set(' + value.size + ') {', '}'];
    } else {
      parts = Object.keys(value).slice(0, 100).map((key) => formatKey(key) + ': ' + show(value[key]));
      const name = value.constructor && value.constructor !== Object && value.constructor.name;
      [open, close] = [(name ? name + ' ' : '') + '{', '}'];
    }
    if (parts.length === 0) return open + close;
    const oneLine = open + ' ' + parts.join(', ') + ' ' + close;
    if (oneLine.length <= 72 && !oneLine.includes('\n')) return oneLine;
    const pad = '  '.repeat(depth + 1);
    return open + '\n' + parts.map((part) => pad + part).join(',\n') + '\n' + '  '.repeat(depth) + close;
  }
  function format(args) {
    return args.map((arg) => inspect(arg, 0, [])).join(' ') + '\n';
  }

  // Stack frames point at the blob URL; show them as main.js and drop our own frames.
  function cleanStack(stack, error) {
    const lines = String(stack).split('\n')
        .filter((line) => !line.includes('/executors/javascript/worker.js'))
        .map((line) => line.replace(/blob:[^\s)]*:(\d+):(\d+)/g, 'main.js:$1:$2'));
    const text = lines.join('\n');
    return text.startsWith(error.name) ? text : error.name + ': ' + error.message + '\n' + text;
  }

  const log = (...args) => write('stdout', format(args));
  const warn = (...args) => write('stderr', format(args));
  self.console = Object.assign(Object.create(null), {
    log, info: log, debug: log, trace: log, dir: (value) => write('stdout', inspect(value, 1, []) + '\n'),
    warn, error: warn,
    assert: (condition, ...args) => { if (!condition) warn('Assertion failed:', ...args); },
  });

  // ---- completion: top level finished, and no timer left that could still print ----
  function finish(status) {
    if (finished) return;
    flush();
    finished = true;
    postMessage({ type: 'done', status, ms: performance.now() - started });
  }
  function maybeFinish() {
    if (topLevelDone && pending.size === 0) realSetTimeout(() => { if (pending.size === 0) finish(failed ? 'error' : 'ok'); }, 0);
  }
  self.setTimeout = (callback, delay, ...args) => {
    const id = realSetTimeout(() => {
      pending.delete(id);
      try {
        if (typeof callback === 'function') callback(...args);
      } finally {
        maybeFinish();
      }
    }, delay);
    pending.add(id);
    return id;
  };
  self.clearTimeout = (id) => { realClearTimeout(id); pending.delete(id); maybeFinish(); };
  self.setInterval = (callback, delay, ...args) => {
    const id = realSetInterval(callback, delay, ...args);
    pending.add(id);
    return id;
  };
  self.clearInterval = (id) => { realClearInterval(id); pending.delete(id); maybeFinish(); };

  // A fetch (always refused by the sandbox's policy) settles later; wait for it like for a timer.
  const realFetch = self.fetch && self.fetch.bind(self);
  if (realFetch) {
    self.fetch = (...args) => {
      const token = {};
      pending.add(token);
      const settle = () => realSetTimeout(() => { pending.delete(token); maybeFinish(); }, 0);
      const request = realFetch(...args);
      request.then(settle, settle);
      return request;
    };
  }

  function report(error, line) {
    failed = true;
    const where = line && !(error && error.stack) ? ' (line ' + line + ')' : '';
    const text = error instanceof Error ? cleanStack(error.stack || String(error), error) : 'Uncaught ' + inspect(error, 1, []);
    write('stderr', (error instanceof Error ? 'Uncaught ' : '') + text + where + '\n');
  }
  self.addEventListener('error', (event) => {
    event.preventDefault();
    report(event.error !== undefined ? event.error : event.message, event.lineno);
    if (!topLevelDone) { topLevelDone = true; maybeFinish(); }
  });
  self.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    report(event.reason, 0);
    maybeFinish();
  });
  self.onmessage = (event) => {
    const message = event.data || {};
    if (message.type !== 'run') return;
    self.onmessage = null;
    started = performance.now();
    try {
      importScripts(message.codeUrl); // its own blob, so errors name the editor's line numbers
    } catch (error) {
      // A parse error is thrown at the importScripts call, without the code's line; the sandbox finds it.
      if (error instanceof SyntaxError && !String(error.stack).includes(message.codeUrl)) {
        flush();
        finished = true;
        postMessage({ type: 'syntax-error', message: error.message, ms: performance.now() - started });
        return;
      }
      report(error, 0);
    }
    topLevelDone = true;
    maybeFinish();
  };
})();
