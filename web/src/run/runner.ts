// Loads the runner module of a room's language from the server (GET /api/languages gives its entry and assets
// URL) and wraps it in a typed interface. The app knows no language by name: adding a language is adding a
// plugin jar on the server. The browser contract is documented on dev.pairpad.executors.spi.LanguageExecutor.

/** How a run ended: finished, raised an uncaught error, hit the time limit, or was stopped. */
export type RunStatus = 'ok' | 'error' | 'timeout' | 'stopped';

export type OutputStream = 'stdout' | 'stderr';

export interface RunResult {
  status: RunStatus;
  /** How long the code ran, in milliseconds. */
  ms: number;
}

/** The part of a `GET /api/languages` entry that the runner needs. */
export interface RunnableLanguage {
  id: string;
  /** Absolute path or URL of the runner's ES module, such as `/executors/python/runner.js`. */
  entry: string;
  /** Path or URL of the bundle folder, such as `/executors/python/`. */
  assetsUrl: string;
}

export interface RunnerHandlers {
  /** Receives output in order, as it is produced. */
  onOutput(stream: OutputStream, text: string): void;
  /** Answers a read from standard input; resolve with `null` for end of input. */
  onStdinRequest(prompt: string): Promise<string | null>;
}

export interface Runner {
  /** Resolves when the first run can start; rejects when the language could not load. */
  readonly ready: Promise<void>;
  /** Runs the code; rejects only when the runner cannot run at all (disposed, or a run is in progress). */
  run(code: string, options: { timeoutMs: number }): Promise<RunResult>;
  /** Ends the current run, if any; the runner stays usable. */
  stop(): void;
  /** Frees the runner's frames and workers; it is unusable afterwards. */
  dispose(): void;
}

interface RunnerModule {
  createRunner(options: {
    assetsUrl: string;
    onOutput: (stream: OutputStream, text: string) => void;
    onStdinRequest: (prompt: string) => Promise<string | null>;
  }): Runner;
}

const STATUSES: readonly string[] = ['ok', 'error', 'timeout', 'stopped'];

function isRunnerModule(value: unknown): value is RunnerModule {
  return typeof value === 'object' && value !== null
      && typeof (value as { createRunner?: unknown }).createRunner === 'function';
}

/**
 * Imports the language's runner module and starts it: the runner begins loading its runtime at once, so call this
 * when the room opens, not when Run is pressed.
 */
export async function loadRunner(language: RunnableLanguage, handlers: RunnerHandlers): Promise<Runner> {
  const entryUrl = new URL(language.entry, location.href).href;
  const module: unknown = await import(/* @vite-ignore */ entryUrl);
  if (!isRunnerModule(module)) {
    throw new Error(`the runner module for ${language.id} at ${entryUrl} does not export createRunner`);
  }
  const runner = module.createRunner({
    assetsUrl: new URL(language.assetsUrl, location.href).href,
    onOutput: (stream, text) => handlers.onOutput(stream === 'stderr' ? 'stderr' : 'stdout', String(text)),
    onStdinRequest: (prompt) => handlers.onStdinRequest(String(prompt ?? '')),
  });
  return {
    ready: Promise.resolve(runner.ready).then(() => undefined),
    async run(code, options) {
      const result = await runner.run(code, options);
      const status = STATUSES.includes(result?.status) ? result.status : 'error';
      return { status, ms: Number(result?.ms) || 0 };
    },
    stop: () => runner.stop(),
    dispose: () => runner.dispose(),
  };
}
