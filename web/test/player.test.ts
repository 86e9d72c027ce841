import { describe, expect, it } from 'vitest';
import { Player } from '../src/playback/player';
import { Timeline } from '../src/playback/timeline';

/** A hand-driven clock: `advance` runs every timer that falls due, in order. */
function fakePorts() {
  let now = 0;
  let timers: { at: number; action: () => void; live: boolean }[] = [];
  const shown: number[] = [];
  const playing: boolean[] = [];
  return {
    shown, playing,
    advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.live && t.at <= end).sort((a, b) => a.at - b.at)[0];
        if (due === undefined) break;
        due.live = false;
        now = due.at;
        due.action();
      }
      now = end;
      timers = timers.filter((t) => t.live);
    },
    ports: {
      now: () => now,
      schedule: (action: () => void, ms: number) => { const t = { at: now + ms, action, live: true }; timers.push(t); return () => { t.live = false; }; },
      show: (n: number) => shown.push(n),
      playingChanged: (p: boolean) => playing.push(p),
    },
  };
}

// Four ops typed 100 ms apart: steps 1..4 at 0, 100, 200, 300 ms of playing time.
const timeline = () => new Timeline([0, 100, 200, 300]);

describe('Player', () => {
  it('showsEachStepWhenItsRecordedTimeComesAndStopsAtTheEnd', () => {
    const f = fakePorts();
    const player = new Player(timeline(), f.ports);
    player.play();
    expect(f.shown).toEqual([1]);
    f.advance(150);
    expect(player.step()).toBe(2);
    f.advance(1000);
    expect(f.shown).toEqual([1, 2, 3, 4]);
    expect(player.playing()).toBe(false);
    expect(f.playing).toEqual([true, false]);
  });

  it('playsSixteenTimesFasterAtSixteenX', () => {
    const f = fakePorts();
    const player = new Player(timeline(), f.ports);
    player.setSpeed(16);
    player.play();
    f.advance(13); // 13 ms × 16 = 208 ms of recording
    expect(player.step()).toBe(3);
    f.advance(6);
    expect(player.step()).toBe(4);
  });

  it('changingSpeedWhilePlayingKeepsThePlaceAndGoesOnFaster', () => {
    const f = fakePorts();
    const player = new Player(timeline(), f.ports);
    player.play();
    f.advance(150); // 150 ms of recording at 1×: step 2
    player.setSpeed(16);
    expect(player.step()).toBe(2);
    f.advance(3); // + 48 ms of recording: 198 ms, still step 2
    expect(player.step()).toBe(2);
    f.advance(4); // + 64 ms: 262 ms, step 3
    expect(player.step()).toBe(3);
    f.advance(3); // + 48 ms: 310 ms, the last step
    expect(player.step()).toBe(4);
    expect(player.playing()).toBe(false);
  });

  it('seekingWhilePlayingTimesTheNextStepFromTheNewPlace', () => {
    const f = fakePorts();
    const player = new Player(new Timeline([0, 1000, 1010, 1020], 5000), f.ports); // a long pause after step 1
    player.play();
    expect(player.step()).toBe(1);
    player.seek(2); // at 1000 ms; step 3 comes 10 ms later, not after the pause
    f.advance(10);
    expect(player.step()).toBe(3);
  });

  it('pauseHoldsTheStepAndSeekJumpsAnywhere', () => {
    const f = fakePorts();
    const player = new Player(timeline(), f.ports);
    player.play();
    f.advance(120);
    player.pause();
    f.advance(1000);
    expect(player.step()).toBe(2);
    player.seek(4);
    expect(f.shown.at(-1)).toBe(4);
    player.play(); // at the end, play starts over
    expect(f.shown.slice(-2)).toEqual([0, 1]);
    player.seek(99);
    expect(player.step()).toBe(4);
  });
});
