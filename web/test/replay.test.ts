import { describe, expect, it } from 'vitest';
import { TextOperation } from '../src/ot/text-operation';
import { Replay, UNKNOWN, type HistoryEntry } from '../src/playback/replay';
import { Timeline } from '../src/playback/timeline';
import { randomOp, randomText, seeded } from './random';

const insertAt = (length: number, index: number, text: string) =>
  TextOperation.builder().retain(index).insert(text).retain(length - index).build();
const deleteAt = (length: number, index: number, count: number) =>
  TextOperation.builder().retain(index).delete(count).retain(length - index - count).build();

/** Journal entries for ops applied in order to `start`, alternating authors; returns the texts seen too. */
function record(start: string, ops: ((text: string) => TextOperation)[], who = ['ada', 'bob']) {
  const entries: HistoryEntry[] = [];
  const texts = [start];
  let text = start;
  ops.forEach((make, i) => {
    const op = make(text);
    text = op.apply(text);
    texts.push(text);
    const id = who[i % who.length]!;
    entries.push({ rev: i + 1, clientId: id, name: id.toUpperCase(), op: op.toWire(), time: new Date(1_700_000_000_000 + i * 250).toISOString() });
  });
  return { entries, texts };
}

describe('Replay', () => {
  it('rebuildsTheTextAtEveryRevisionFromAKnownStart', () => {
    const { entries, texts } = record('x = 1\n', [
      (t) => insertAt(t.length, t.length, 'y = 2\n'),
      (t) => insertAt(t.length, 0, '# bob\n'),
      (t) => deleteAt(t.length, 6, 6),
    ]);
    const replay = Replay.fromStart('x = 1\n', entries);
    expect([0, 1, 2, 3].map((n) => replay.textAt(n))).toEqual(texts);
    expect(replay.finalText()).toBe('# bob\ny = 2\n');
    expect(replay.unknownUnits).toBe(0);
  });

  it('namesAndColoursEachAuthorInOrderOfTheirFirstEdit', () => {
    const { entries } = record('', [(t) => insertAt(t.length, 0, 'a'), (t) => insertAt(t.length, 1, 'b'), (t) => insertAt(t.length, 2, 'c')]);
    const replay = Replay.fromStart('', entries);
    expect(replay.authors.map((a) => a.name)).toEqual(['ADA', 'BOB']);
    expect(new Set(replay.authors.map((a) => a.color)).size).toBe(2);
    expect(replay.steps.map((s) => s.author.name)).toEqual(['ADA', 'BOB', 'ADA']);
    expect(replay.steps[2]!.author).toBe(replay.authors[0]);
    expect(replay.steps[1]!.time - replay.steps[0]!.time).toBe(250);
  });

  it('recoversTheStartingTextFromTheFinalTextWhereItSurvived', () => {
    const start = 'def solve():\n    pass\n';
    const { entries, texts } = record(start, [
      (t) => insertAt(t.length, 0, '# v1\n'),
      (t) => insertAt(t.length, t.length, 'print(solve())\n'),
    ]);
    const replay = Replay.fromFinal(texts[2]!, entries);
    expect(replay.textAt(0)).toBe(start);
    expect(replay.textAt(1)).toBe(texts[1]);
    expect(replay.unknownUnits).toBe(0);
  });

  it('marksStartingTextThatWasDeletedAsUnknownButKeepsEveryTypedCharacter', () => {
    const start = 'return 42\n';
    const { entries, texts } = record(start, [
      (t) => deleteAt(t.length, 7, 2), // "return \n"
      (t) => insertAt(t.length, 7, 'x * 2'), // "return x * 2\n"
    ]);
    const replay = Replay.fromFinal(texts[2]!, entries);
    expect(replay.textAt(0)).toBe(`return ${UNKNOWN}${UNKNOWN}\n`);
    expect(replay.textAt(1)).toBe('return \n');
    expect(replay.textAt(2)).toBe('return x * 2\n');
    expect(replay.unknownUnits).toBe(2);
  });

  it('agreesWithTheOpsAtEveryStepOfALongRandomSession', () => {
    const random = seeded(42);
    const ops: ((t: string) => TextOperation)[] = [];
    for (let i = 0; i < 300; i++) ops.push((t) => randomOp(random, t));
    const { entries, texts } = record('', ops, ['a', 'b', 'c']);
    const fromStart = Replay.fromStart('', entries);
    const fromFinal = Replay.fromFinal(texts[texts.length - 1]!, entries);
    for (let n = 0; n < texts.length; n++) {
      expect(fromStart.textAt(n)).toBe(texts[n]);
      expect(fromFinal.textAt(n)).toBe(texts[n]); // an empty start has nothing to lose
    }
  });

  it('showsEveryRandomStateWithOnlyDeletedStartingTextMarkedUnknown', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const random = seeded(seed);
      const start = randomText(random, 30);
      const ops: ((t: string) => TextOperation)[] = [];
      for (let i = 0; i < 20; i++) ops.push((t) => randomOp(random, t));
      const { entries, texts } = record(start, ops);
      const replay = Replay.fromFinal(texts[texts.length - 1]!, entries);
      expect(replay.finalText()).toBe(texts[texts.length - 1]);
      for (let n = 0; n < texts.length; n++) {
        const shown = replay.textAt(n);
        expect(shown.length).toBe(texts[n]!.length);
        for (let i = 0; i < shown.length; i++) if (shown[i] !== UNKNOWN) expect(shown[i]).toBe(texts[n]![i]);
      }
      expect(replay.textAt(0).split(UNKNOWN).length - 1).toBe(replay.unknownUnits);
    }
  });

  it('aRoomNobodyEditedIsOneStartStateWithNothingUnknown', () => {
    const replay = Replay.fromFinal('print(1)\n', []);
    expect(replay.steps).toHaveLength(0);
    expect(replay.authors).toHaveLength(0);
    expect(replay.textAt(0)).toBe('print(1)\n');
    expect(replay.unknownUnits).toBe(0);
  });

  it('refusesAHistoryThatDoesNotFitTheDocument', () => {
    const { entries } = record('abc', [(t) => insertAt(t.length, 3, 'd')]);
    expect(() => Replay.fromFinal('abcdE', entries)).toThrow(/history ends with 4 units, the document has 5/);
    expect(() => Replay.fromStart('ab', entries)).toThrow(/expects a document of 3 units/);
    expect(() => Replay.fromStart('abc', entries).textAt(2)).toThrow(RangeError);
  });
});

describe('Timeline', () => {
  it('followsRecordedTimesButShortensLongPauses', () => {
    const t = new Timeline([1000, 1100, 1300, 61_300, 61_400], 1500);
    expect([0, 1, 2, 3, 4, 5].map((n) => t.at(n))).toEqual([0, 0, 100, 300, 1800, 1900]);
    expect(t.duration()).toBe(1900);
    expect(t.stepAt(0)).toBe(1); // the first op is shown at once
    expect(t.stepAt(299)).toBe(2);
    expect(t.stepAt(300)).toBe(3);
    expect(t.stepAt(1799)).toBe(3); // a minute of silence plays as 1.5 s
    expect(t.stepAt(10_000)).toBe(5);
    expect(t.at(99)).toBe(1900);
  });
});
