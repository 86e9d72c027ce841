/**
 * Minimal stand-in for the runner plumbing that helper "exec" owns (BRIEF contract 6): loads the
 * language's runner module from the server and creates a runner. exec's version replaces this file.
 */
export interface RunnerLanguage { id: string; entry: string; assetsUrl: string }

export interface RunnerHandlers {
  onOutput(stream: 'stdout' | 'stderr', text: string): void;
  onStdinRequest(prompt: string): Promise<string>;
}

export interface RunResult { status: 'ok' | 'error' | 'timeout' | 'stopped'; ms: number }

export interface Runner {
  ready: Promise<void>;
  run(code: string, options: { timeoutMs: number }): Promise<RunResult>;
  stop(): void;
  dispose(): void;
}

interface RunnerModule {
  createRunner(options: { assetsUrl: string } & RunnerHandlers): Runner;
}

export async function loadRunner(language: RunnerLanguage, handlers: RunnerHandlers): Promise<Runner> {
  const module = (await import(/* @vite-ignore */ language.entry)) as RunnerModule;
  const assetsUrl = new URL(language.assetsUrl, window.location.href).href;
  return module.createRunner({ assetsUrl, ...handlers });
}
