// Classic Web Worker that owns one Pyodide interpreter. Created by sandbox.js from a blob. Talks only to it:
//   in:  {type: 'init', runtimeUrl, files: {name: ArrayBuffer}, interrupt: SharedArrayBuffer|null,
//         stdin: SharedArrayBuffer|null, output: SharedArrayBuffer|null (a PairpadRing, see ring.js)}
//        {type: 'run', id, code}
//   out: {type: 'ready'} {type: 'load-error', message} {type: 'output', stream, text} (only without the ring)
//        {type: 'stdin', prompt} {type: 'done', id, status, ms}
// The runtime files come from the page, which fetched them from its own HTTP cache: this worker's opaque
// origin gets a fresh, empty cache partition every time, so fetching them here would always hit the network.
'use strict';

const FLUSH_MS = 16;
const FLUSH_BYTES = 8192;
const MAX_OUTPUT_CHARS = 1 << 20;

let pyodide = null;
let interrupt = null; // Uint8Array over a SharedArrayBuffer, or null without cross-origin isolation
let stdinControl = null; // Int32Array [state, length]: state 0 = waiting, 1 = answered, 2 = end of input
let stdinData = null;
let runPython = null;
let ringWrite = null; // writes output straight into the shared ring that the sandbox page drains

// Output of one run. Through the shared ring when there is one; else batched into messages, so a print loop
// sends a few messages per frame, not one per line.
const output = {
  stream: 'stdout', text: '', lastFlush: 0, total: 0, truncated: false, lastLine: '',
  write(stream, text) {
    if (this.truncated) return;
    if (this.total + text.length > MAX_OUTPUT_CHARS) {
      text = text.slice(0, Math.max(0, MAX_OUTPUT_CHARS - this.total));
      this.truncated = true;
    }
    this.total += text.length;
    if (stream === 'stdout') {
      const newline = text.lastIndexOf('\n');
      this.lastLine = newline < 0 ? this.lastLine + text : text.slice(newline + 1);
    }
    const notice = this.truncated ? '\n[output truncated after ' + MAX_OUTPUT_CHARS + ' characters]\n' : '';
    if (ringWrite) {
      ringWrite(stream === 'stderr' ? 2 : 1, text);
      if (notice) ringWrite(2, notice);
      return;
    }
    if (stream !== this.stream) this.flush();
    this.stream = stream;
    this.text += text;
    if (notice) {
      this.flush();
      postMessage({ type: 'output', stream: 'stderr', text: notice });
      return;
    }
    const now = performance.now();
    if (this.text.length >= FLUSH_BYTES || now - this.lastFlush >= FLUSH_MS) this.flush();
  },
  flush() {
    if (!this.text) return;
    postMessage({ type: 'output', stream: this.stream, text: this.text });
    this.text = '';
    this.lastFlush = performance.now();
  },
  reset() {
    // The first write of a run goes out at once: the code may next spend a long time in C, where no later
    // write could flush what is waiting.
    this.text = ''; this.total = 0; this.truncated = false; this.lastLine = ''; this.lastFlush = -Infinity;
  },
};

function writer(stream) {
  const decoder = new TextDecoder();
  return {
    isatty: true, // line-buffered sys.stdout, so a prompt or a progress line shows before a long step
    write(bytes) {
      output.write(stream, decoder.decode(bytes, { stream: true }));
      return bytes.length;
    },
  };
}

// Blocks the worker (not the page) until the page answers, checking for Stop every 50 ms.
function readStdin() {
  if (!stdinControl) return null; // no SharedArrayBuffer: input() sees end of file
  output.flush();
  Atomics.store(stdinControl, 0, 0);
  postMessage({ type: 'stdin', prompt: output.lastLine });
  while (Atomics.wait(stdinControl, 0, 0, 50) === 'timed-out') {
    pyodide.checkInterrupt();
  }
  pyodide.checkInterrupt();
  if (Atomics.load(stdinControl, 0) === 2) return null;
  const length = Atomics.load(stdinControl, 1);
  const text = new TextDecoder().decode(stdinData.slice(0, length));
  output.lastLine = '';
  return text.endsWith('\n') ? text : text + '\n';
}

const RUNNER = `
import sys, traceback

def _pairpad_run(code):
    namespace = {"__name__": "__main__", "__file__": "main.py"}
    try:
        compiled = compile(code, "main.py", "exec")
        exec(compiled, namespace)
    except KeyboardInterrupt:
        print("KeyboardInterrupt", file=sys.stderr)
        return "stopped"
    except SystemExit as exit:
        return "ok" if exit.code in (None, 0) else "error"
    except BaseException as error:
        frames = error.__traceback__
        while frames is not None and frames.tb_frame.f_code.co_filename != "main.py":
            frames = frames.tb_next
        traceback.print_exception(type(error), error, frames)
        return "error"
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return "ok"
`;

const TYPES = { wasm: 'application/wasm', zip: 'application/zip', json: 'application/json' };

// Answers Pyodide's own fetches of the runtime files from the bytes the page handed over.
function serveFrom(runtimeUrl, files) {
  const networkFetch = self.fetch;
  self.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const name = url.startsWith(runtimeUrl) ? url.slice(runtimeUrl.length) : '';
    if (files && files[name]) {
      const type = TYPES[name.slice(name.lastIndexOf('.') + 1)] || 'application/octet-stream';
      return Promise.resolve(new Response(files[name], { headers: { 'Content-Type': type } }));
    }
    return networkFetch(input, init);
  };
  return () => { self.fetch = networkFetch; };
}

// The interpreter's JavaScript half, from the page's bytes when it sent them, else from the server.
async function createModuleFactory(runtimeUrl, files) {
  if (!files || !files['pyodide.asm.mjs']) return undefined;
  const url = URL.createObjectURL(new Blob([files['pyodide.asm.mjs']], { type: 'text/javascript' }));
  try {
    return (await import(url)).default;
  } catch (error) {
    return undefined;
  } finally {
    URL.revokeObjectURL(url);
  }
}

// Loads the interpreter; answers how long each step took (ms), for the benchmark.
async function load(runtimeUrl, files) {
  const marks = [performance.now()];
  importScripts(runtimeUrl + 'pyodide.js');
  const restoreFetch = serveFrom(runtimeUrl, files);
  try {
    const createPyodideModule = await createModuleFactory(runtimeUrl, files);
    marks.push(performance.now());
    pyodide = await loadPyodide({ indexURL: runtimeUrl, fullStdLib: false, createPyodideModule });
  } finally {
    restoreFetch();
  }
  marks.push(performance.now());
  pyodide.setStdout(writer('stdout'));
  pyodide.setStderr(writer('stderr'));
  pyodide.setStdin({ stdin: readStdin, isatty: false }); // not a tty: input() writes its prompt to stdout
  if (interrupt) pyodide.setInterruptBuffer(interrupt);
  pyodide.runPython(RUNNER);
  runPython = pyodide.globals.get('_pairpad_run');
  runPython('pass'); // compiles the first code object now, not in the user's first run
  marks.push(performance.now());
  return { scripts: marks[1] - marks[0], interpreter: marks[2] - marks[1], setup: marks[3] - marks[2] };
}

function run(id, code) {
  output.reset();
  if (interrupt) Atomics.store(interrupt, 0, 0);
  const started = performance.now();
  let status;
  try {
    status = runPython(code);
  } catch (error) {
    // A KeyboardInterrupt that arrives outside the user's code, or a fatal interpreter error.
    const text = String(error && error.message || error);
    status = text.includes('KeyboardInterrupt') ? 'stopped' : 'error';
    output.write('stderr', text.endsWith('\n') ? text : text + '\n');
  }
  const ms = performance.now() - started;
  if (interrupt) Atomics.store(interrupt, 0, 0);
  output.flush();
  postMessage({ type: 'done', id, status, ms });
}

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    if (message.interrupt) interrupt = new Uint8Array(message.interrupt);
    if (message.output) {
      ringWrite = self.PairpadRing.writer(message.output, (counters, read) => {
        Atomics.wait(counters, 1, read, 50);
        if (pyodide) pyodide.checkInterrupt();
      });
    }
    if (message.stdin) {
      stdinControl = new Int32Array(message.stdin, 0, 2);
      stdinData = new Uint8Array(message.stdin, 8);
    }
    load(message.runtimeUrl, message.files).then(
      (timings) => postMessage({ type: 'ready', timings }),
      (error) => postMessage({ type: 'load-error', message: String(error && error.message || error) }));
  } else if (message.type === 'run') {
    run(message.id, message.code);
  }
};
