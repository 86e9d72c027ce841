/**
 * The clock of a playback: step n (after n ops) is reached at `at(n)` ms of playing time, which
 * follows the recorded times with every pause longer than `maxGapMs` shortened to it, so an
 * idle minute in the interview does not stall the replay.
 */
export class Timeline {
  private readonly reached: number[];

  constructor(times: readonly number[], readonly maxGapMs = 1500, minGapMs = 10) {
    this.reached = [0];
    for (let i = 0; i < times.length; i++) {
      const gap = i === 0 ? 0 : times[i]! - times[i - 1]!;
      const shortened = Number.isFinite(gap) ? Math.min(Math.max(gap, minGapMs), maxGapMs) : minGapMs;
      this.reached.push(this.reached[i]! + (i === 0 ? 0 : shortened));
    }
  }

  /** Number of steps. */
  steps(): number { return this.reached.length - 1; }

  /** Playing time (ms) at which step `n` is shown. */
  at(n: number): number { return this.reached[Math.max(0, Math.min(n, this.steps()))]!; }

  /** Total playing time (ms) at 1×. */
  duration(): number { return this.at(this.steps()); }

  /** The last step reached at playing time `ms` (binary search). */
  stepAt(ms: number): number {
    let lo = 0;
    let hi = this.steps();
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.reached[mid]! <= ms) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
}
