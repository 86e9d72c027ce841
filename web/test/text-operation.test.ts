import { describe, expect, it } from 'vitest';
import { InvalidOperationError, TextOperation } from '../src/ot/text-operation';
import { randomOp, randomText, seeded } from './random';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('TextOperation', () => {
  it('builds canonical wire form: merged neighbours, insert before adjacent delete', () => {
    const op = TextOperation.builder().retain(2).retain(3).delete(1).insert('ab').insert('c').delete(2).retain(1).build();
    expect(op.toWire()).toEqual([5, 'abc', -3, 1]);
    expect(op.baseLength).toBe(9);
    expect(op.targetLength).toBe(9);
  });

  it('applies the protocol example', () => {
    const op = TextOperation.fromWire([5, 'x', -2, 7]);
    expect(op.apply('abcdefghijklmn')).toBe('abcdexhijklmn');
  });

  it('rejects malformed wire operations and wrong base lengths', () => {
    expect(() => TextOperation.fromWire('x')).toThrow(InvalidOperationError);
    expect(() => TextOperation.fromWire([0])).toThrow(/non-zero/);
    expect(() => TextOperation.fromWire([''])).toThrow(/empty/);
    expect(() => TextOperation.fromWire([1.5])).toThrow(InvalidOperationError);
    expect(() => TextOperation.fromWire([3]).apply('ab')).toThrow(/base length 3/);
  });

  it('composeAppliesLikeApplyingBothInTurn', () => {
    for (const seed of SEEDS) {
      const rnd = seeded(seed);
      const doc = randomText(rnd, 20);
      const a = randomOp(rnd, doc);
      const afterA = a.apply(doc);
      const b = randomOp(rnd, afterA);
      expect(a.compose(b).apply(doc), `seed ${seed}`).toBe(b.apply(afterA));
    }
  });

  it('transformedOperationsConverge', () => {
    for (const seed of SEEDS) {
      const rnd = seeded(seed);
      const doc = randomText(rnd, 20);
      const a = randomOp(rnd, doc);
      const b = randomOp(rnd, doc);
      const { left, right } = TextOperation.transform(a, b);
      expect(right.apply(a.apply(doc)), `seed ${seed}`).toBe(left.apply(b.apply(doc)));
    }
  });

  it('invertUndoesTheOperation', () => {
    for (const seed of SEEDS) {
      const rnd = seeded(seed);
      const doc = randomText(rnd, 20);
      const a = randomOp(rnd, doc);
      expect(a.invert(doc).apply(a.apply(doc)), `seed ${seed}`).toBe(doc);
    }
  });

  it('firstArgumentInsertGoesFirstAtEqualPositions', () => {
    const a = TextOperation.fromWire([1, 'A', 1]);
    const b = TextOperation.fromWire([1, 'B', 1]);
    const { left, right } = TextOperation.transform(a, b);
    expect(right.apply(a.apply('xy'))).toBe('xABy');
    expect(left.apply(b.apply('xy'))).toBe('xABy');
  });

  it('transformIndexMovesPastInsertsAndClampsIntoDeletions', () => {
    const op = TextOperation.fromWire([2, 'abc', -3, 1]);
    expect(op.transformIndex(0)).toBe(0);
    expect(op.transformIndex(2)).toBe(5);
    expect(op.transformIndex(4)).toBe(5);
    expect(op.transformIndex(6)).toBe(6);
  });
});
