import { describe, expect, it } from 'vitest';
import { changesToOp, diffOp } from '../src/room/text-changes';

describe('Monaco changes to operations', () => {
  it('turnsAMultiCursorEditIntoOneOpOnTheTextBefore', () => {
    const before = 'a\nb\nc\n';
    // three carets typed "x" at the start of each line; Monaco reports them in any order
    const changes = [4, 0, 2].map((offset) => ({ rangeOffset: offset, rangeLength: 0, text: 'x' }));
    const op = changesToOp(before, changes);
    expect(op.apply(before)).toBe('xa\nxb\nxc\n');
    expect(op.baseLength).toBe(before.length);
  });

  it('turnsAPasteOverASelectionIntoReplace', () => {
    const before = 'let answer = 0;';
    const op = changesToOp(before, [{ rangeOffset: 13, rangeLength: 1, text: '6 * 7' }]);
    expect(op.apply(before)).toBe('let answer = 6 * 7;');
    expect(op.toWire()).toEqual([13, '6 * 7', -1, 1]);
  });

  it('diffOpFindsTheSmallestSingleChange', () => {
    const op = diffOp('line\r\nnext\r\n', 'line\nnext\r\n');
    expect(op.toWire()).toEqual([4, -1, 7]);
    expect(op.apply('line\r\nnext\r\n')).toBe('line\nnext\r\n');
    expect(diffOp('same', 'same').isNoop()).toBe(true);
    expect(diffOp('', 'new').toWire()).toEqual(['new']);
  });

  it('diffOpNeverSplitsASurrogatePair', () => {
    const before = 'a😀b';
    const after = 'a😁b'; // same high surrogate, different low one
    const op = diffOp(before, after);
    expect(op.apply(before)).toBe(after);
    expect(op.toWire()).toEqual([1, '😁', -2, 1]);
  });
});
