import type { Timeline } from './timeline';

/** What the player needs from the outside world: a clock, a timer, and where to show a step. */
export interface PlayerPorts {
  now(): number;
  schedule(action: () => void, ms: number): () => void;
  show(step: number): void;
  playingChanged(playing: boolean): void;
}

export const SPEEDS = [1, 4, 16] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Play/pause/seek over a {@link Timeline}: while playing, the step shown is the one the
 * timeline reaches at (time since play × speed); it stops by itself at the last step.
 */
export class Player {
  private current = 0;
  private speedValue: Speed = 1;
  private cancel: (() => void) | undefined;
  private startedAt = 0;
  private startedFrom = 0;

  constructor(private readonly timeline: Timeline, private readonly ports: PlayerPorts) {}

  step(): number { return this.current; }
  speed(): Speed { return this.speedValue; }
  playing(): boolean { return this.cancel !== undefined; }

  play(): void {
    if (this.playing()) return;
    if (this.current >= this.timeline.steps()) this.seek(0);
    this.startedAt = this.ports.now();
    this.startedFrom = this.timeline.at(this.current);
    this.cancel = () => {};
    this.ports.playingChanged(true);
    this.tick();
  }

  pause(): void {
    if (!this.playing()) return;
    this.cancel!();
    this.cancel = undefined;
    this.ports.playingChanged(false);
  }

  toggle(): void { if (this.playing()) this.pause(); else this.play(); }

  /** Shows step `n` (clamped); playing goes on from there. */
  seek(n: number): void {
    this.current = Math.max(0, Math.min(Math.round(n), this.timeline.steps()));
    this.ports.show(this.current);
    if (this.playing()) {
      this.startedAt = this.ports.now();
      this.startedFrom = this.timeline.at(this.current);
      this.reschedule();
    }
  }

  setSpeed(speed: Speed): void {
    if (this.playing()) {
      this.startedFrom = this.clock();
      this.startedAt = this.ports.now();
    }
    this.speedValue = speed;
    if (this.playing()) this.reschedule();
  }

  /** The next step's timer was set for the old place or speed: set it again. */
  private reschedule(): void {
    this.cancel!();
    this.cancel = () => {};
    this.tick();
  }

  private clock(): number {
    return this.startedFrom + (this.ports.now() - this.startedAt) * this.speedValue;
  }

  private tick(): void {
    if (!this.playing()) return;
    const ms = this.clock();
    const next = Math.max(this.current, this.timeline.stepAt(ms));
    if (next !== this.current) {
      this.current = next;
      this.ports.show(next);
    }
    if (this.current >= this.timeline.steps()) {
      this.cancel = undefined;
      this.ports.playingChanged(false);
      return;
    }
    const wait = (this.timeline.at(this.current + 1) - ms) / this.speedValue;
    this.cancel = this.ports.schedule(() => this.tick(), Math.max(0, wait));
  }
}
