import type { Language } from '../api';
import { el } from '../dom';
import { loadRunner, type Runner } from '../run/runner';
import type { RunEvent } from './protocol';

export interface RunPanelDeps {
  language(): Language | undefined;
  code(): string;
  share(event: RunEvent): void;
  nameOf(clientId: string): string;
  canRun(): boolean;
}

const TIMEOUT_MS = 30_000;

/**
 * Run / Stop, the output pane (stdout and stderr told apart, status, duration, who ran it) and
 * the stdin prompt. Local runs go through the language's runner and are shared as `run` events;
 * others' runs are shown live as their events arrive.
 */
export class RunPanel {
  readonly runButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'run', title: 'Run (Ctrl/Cmd+Enter)' }, '▶ Run');
  private readonly stopButton = el('button', { type: 'button', 'data-testid': 'stop', disabled: '' }, '■ Stop');
  private readonly header = el('div', { class: 'run-header' }, 'No run yet. Press Run or Ctrl/Cmd+Enter.');
  private readonly output = el('pre', { class: 'output', 'data-testid': 'output', 'aria-live': 'polite' });
  private readonly stdinRow = el('form', { class: 'stdin', hidden: '' });
  readonly node = el('section', { class: 'panel run-panel' },
    el('div', { class: 'panel-title' }, el('span', {}, 'Output'), el('span', { class: 'run-buttons' }, this.runButton, this.stopButton)),
    this.header, this.output, this.stdinRow);
  private readonly runners = new Map<string, Promise<Runner>>();
  private current: { runner: Runner; runId: string } | undefined;
  private shownRunId: string | undefined;

  constructor(private readonly deps: RunPanelDeps) {
    this.runButton.addEventListener('click', () => void this.run());
    this.stopButton.addEventListener('click', () => this.current?.runner.stop());
  }

  /** Observers: no Run or Stop, and a hint that fits. */
  watchOnly(watching: boolean): void {
    this.runButton.hidden = watching;
    this.stopButton.hidden = watching;
    if (this.shownRunId === undefined) {
      this.header.textContent = watching ? 'No run yet. Runs by others in the room show here.' : 'No run yet. Press Run or Ctrl/Cmd+Enter.';
    }
  }

  async run(): Promise<void> {
    const language = this.deps.language();
    if (this.current !== undefined || language === undefined || !this.deps.canRun()) return;
    const runId = crypto.randomUUID();
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    this.begin(runId, 'Loading the runner…');
    try {
      const runner = await this.runnerFor(language);
      this.current = { runner, runId };
      await runner.ready;
      this.header.textContent = `You ran ${language.fileName} — running…`;
      this.deps.share({ runId, event: 'start' });
      const result = await runner.run(this.deps.code(), { timeoutMs: TIMEOUT_MS });
      this.deps.share({ runId, event: 'end', status: result.status, ms: Math.round(result.ms) });
      this.end(runId, `You ran ${language.fileName}`, result.status, result.ms);
    } catch (e) {
      this.append(runId, 'stderr', `Could not run: ${(e as Error).message}\n`);
      this.end(runId, `You ran ${language.fileName}`, 'error', 0);
    } finally {
      this.current = undefined;
      this.stdinRow.hidden = true;
      this.runButton.disabled = false;
      this.stopButton.disabled = true;
    }
  }

  /** Someone else's run event. */
  remote(clientId: string, event: RunEvent): void {
    const who = `${this.deps.nameOf(clientId)} ran ${this.deps.language()?.fileName ?? 'the code'}`;
    if (event.event === 'start') this.begin(event.runId, `${who} — running…`);
    else if (event.event === 'output' && event.text !== undefined) this.append(event.runId, event.stream ?? 'stdout', event.text);
    else if (event.event === 'end') this.end(event.runId, who, event.status ?? 'ok', event.ms ?? 0);
  }

  private runnerFor(language: Language): Promise<Runner> {
    let runner = this.runners.get(language.id);
    if (runner === undefined) {
      runner = loadRunner(language, {
        onOutput: (stream, text) => {
          const id = this.current?.runId;
          if (id === undefined) return;
          this.append(id, stream, text);
          this.deps.share({ runId: id, event: 'output', stream, text });
        },
        onStdinRequest: (prompt) => this.askStdin(prompt),
      });
      runner.catch(() => this.runners.delete(language.id));
      this.runners.set(language.id, runner);
    }
    return runner;
  }

  private begin(runId: string, header: string): void {
    this.shownRunId = runId;
    this.header.textContent = header;
    this.output.replaceChildren();
  }

  private append(runId: string, stream: 'stdout' | 'stderr', text: string): void {
    if (runId !== this.shownRunId) return;
    this.output.append(el('span', { class: stream, 'data-stream': stream }, text));
    this.output.scrollTop = this.output.scrollHeight;
  }

  private end(runId: string, who: string, status: string, ms: number): void {
    if (runId !== this.shownRunId) return;
    const labels: Record<string, string> = { ok: 'finished', error: 'failed', timeout: 'timed out', stopped: 'was stopped' };
    this.header.textContent = `${who} — ${labels[status] ?? status} in ${duration(ms)}`;
    this.header.dataset['status'] = status;
  }

  private askStdin(prompt: string): Promise<string> {
    return new Promise((resolve) => {
      const input = el('input', { 'data-testid': 'stdin', placeholder: 'Type input and press Enter', 'aria-label': 'Program input' });
      this.stdinRow.replaceChildren(el('span', { class: 'prompt' }, prompt), input);
      this.stdinRow.hidden = false;
      input.focus();
      this.stdinRow.onsubmit = (event) => {
        event.preventDefault();
        this.stdinRow.hidden = true;
        const id = this.current?.runId;
        if (id !== undefined) this.append(id, 'stdout', `${input.value}\n`);
        resolve(input.value);
      };
    });
  }
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}
