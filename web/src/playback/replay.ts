import { TextOperation, type WireItem } from '../ot/text-operation';

/** One journal entry of `GET /api/rooms/{id}/history` (PROTOCOL.md). */
export interface HistoryEntry {
  rev: number;
  clientId: string;
  name: string;
  op: WireItem[];
  time: string;
}

/** Someone whose edits are in the recording, with the colour playback draws them in. */
export interface Author {
  clientId: string;
  name: string;
  color: string;
}

/** One step of the recording: the op that became revision `rev`, by `author`, at `time` (ms since epoch). */
export interface Step {
  rev: number;
  author: Author;
  op: TextOperation;
  time: number;
}

/** Stands for one UTF-16 unit of the starting text that was deleted before the end of the recording. */
export const UNKNOWN = '\u2591';

/** Same colours as the server's palette, handed out in order of each author's first edit. */
const COLORS = ['#e6194b', '#3cb44b', '#4363d8', '#f58231', '#911eb4', '#42d4f4', '#f032e6', '#bfef45',
  '#fabed4', '#469990', '#dcbeff', '#9a6324', '#800000', '#aaffc3', '#808000', '#000075'];
const CHECKPOINT_EVERY = 64;

/**
 * A recorded session that can show the document at any step: `textAt(0)` is the text before
 * the first recorded op, `textAt(steps.length)` the final text. Texts are rebuilt by applying
 * the ops in order from the nearest cached checkpoint, so scrubbing anywhere is cheap.
 */
export class Replay {
  readonly steps: readonly Step[];
  readonly authors: readonly Author[];
  private readonly checkpoints: string[] = [];

  private constructor(readonly start: string, steps: Step[], authors: Author[], readonly unknownUnits: number) {
    this.steps = steps;
    this.authors = authors;
    let text = start;
    for (let i = 0; i <= steps.length; i++) {
      if (i % CHECKPOINT_EVERY === 0) this.checkpoints.push(text);
      if (i < steps.length) text = steps[i]!.op.apply(text);
    }
  }

  /** The recording from a known starting text (the document at the revision before the first entry). */
  static fromStart(start: string, entries: readonly HistoryEntry[]): Replay {
    const { steps, authors } = toSteps(entries);
    if (steps.length > 0 && steps[0]!.op.baseLength !== start.length) {
      throw new Error(`the first op expects a document of ${steps[0]!.op.baseLength} units, the start has ${start.length}`);
    }
    return new Replay(start, steps, authors, 0);
  }

  /**
   * The recording from the final text only (the history does not carry the starting text):
   * every unit of the starting text that survives to the end is read from `finalText`; the
   * units deleted on the way are unknowable and shown as {@link UNKNOWN}.
   */
  static fromFinal(finalText: string, entries: readonly HistoryEntry[]): Replay {
    const { steps, authors } = toSteps(entries);
    const startLength = steps.length === 0 ? finalText.length : steps[0]!.op.baseLength;
    // Follow the starting text through every op as runs of units: [index in the start, length], or
    // [-1, length] for typed text; the runs stay few however long the document is.
    let runs: Run[] = startLength === 0 ? [] : [[0, startLength]];
    for (const step of steps) {
      const length = runs.reduce((sum, r) => sum + r[1], 0);
      if (step.op.baseLength !== length) {
        throw new Error(`revision ${step.rev} expects a document of ${step.op.baseLength} units, the history gives ${length}`);
      }
      runs = follow(runs, step.op);
    }
    const endLength = runs.reduce((sum, r) => sum + r[1], 0);
    if (endLength !== finalText.length) {
      throw new Error(`the history ends with ${endLength} units, the document has ${finalText.length}`);
    }
    const units: string[] = new Array<string>(startLength).fill(UNKNOWN);
    let known = 0;
    let at = 0;
    for (const [from, length] of runs) {
      if (from >= 0) {
        for (let k = 0; k < length; k++) units[from + k] = finalText[at + k]!;
        known += length;
      }
      at += length;
    }
    return new Replay(units.join(''), steps, authors, startLength - known);
  }

  /** The document after the first `n` steps (0 ≤ n ≤ steps.length). */
  textAt(n: number): string {
    if (!Number.isInteger(n) || n < 0 || n > this.steps.length) {
      throw new RangeError(`step must be an integer from 0 to ${this.steps.length}, was ${n}`);
    }
    const base = Math.floor(n / CHECKPOINT_EVERY);
    let text = this.checkpoints[base]!;
    for (let i = base * CHECKPOINT_EVERY; i < n; i++) text = this.steps[i]!.op.apply(text);
    return text;
  }

  /** The final text. */
  finalText(): string { return this.textAt(this.steps.length); }
}

function toSteps(entries: readonly HistoryEntry[]): { steps: Step[]; authors: Author[] } {
  const byClient = new Map<string, Author>();
  const steps = [...entries].sort((a, b) => a.rev - b.rev).map((e) => {
    let author = byClient.get(e.clientId);
    if (author === undefined) {
      author = { clientId: e.clientId, name: e.name, color: COLORS[byClient.size % COLORS.length]! };
      byClient.set(e.clientId, author);
    }
    const time = Date.parse(e.time);
    return { rev: e.rev, author, op: TextOperation.fromWire(e.op), time: Number.isNaN(time) ? 0 : time };
  });
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.rev === steps[i - 1]!.rev) throw new Error(`revision ${steps[i]!.rev} appears twice in the history`);
  }
  return { steps, authors: [...byClient.values()] };
}

/** A run of document units: where the first came from in the starting text (-1: typed) and how many. */
type Run = [from: number, length: number];

/** The runs of the document after `op`, given the runs before it. */
function follow(runs: readonly Run[], op: TextOperation): Run[] {
  const next: Run[] = [];
  const push = (from: number, length: number) => {
    const last = next[next.length - 1];
    if (last !== undefined && ((from < 0 && last[0] < 0) || (from >= 0 && last[0] >= 0 && last[0] + last[1] === from))) last[1] += length;
    else next.push([from, length]);
  };
  let run = 0;
  let offset = 0; // units of runs[run] already consumed
  const take = (count: number, keep: boolean) => {
    while (count > 0) {
      const [from, length] = runs[run]!;
      const n = Math.min(count, length - offset);
      if (keep) push(from < 0 ? -1 : from + offset, n);
      offset += n;
      count -= n;
      if (offset === length) { run++; offset = 0; }
    }
  };
  for (const item of op.toWire()) {
    if (typeof item === 'string') push(-1, item.length);
    else take(Math.abs(item), item > 0);
  }
  return next;
}
