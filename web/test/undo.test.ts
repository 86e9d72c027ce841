import { describe, expect, it } from 'vitest';
import { TextOperation } from '../src/ot/text-operation';
import { UndoManager } from '../src/ot/undo';

const at = (doc: string, index: number, text: string) =>
  TextOperation.builder().retain(index).insert(text).retain(doc.length - index).build();

describe('UndoManager', () => {
  it('undoRemovesOnlyThisUsersTextAfterOthersEdits', () => {
    const undo = new UndoManager(800);
    let doc = 'hello world';
    const mine = at(doc, 5, ' dear');
    undo.recordLocal(mine, doc, 0);
    doc = mine.apply(doc); // "hello dear world"
    const theirs = at(doc, 0, '>> ');
    doc = theirs.apply(doc);
    undo.transform(theirs);
    const theirsAgain = at(doc, doc.length, '!');
    doc = theirsAgain.apply(doc);
    undo.transform(theirsAgain);
    const op = undo.undo(doc)!;
    doc = op.apply(doc);
    expect(doc).toBe('>> hello world!');
    doc = undo.redo(doc)!.apply(doc);
    expect(doc).toBe('>> hello dear world!');
  });

  it('groupsQuickEditsIntoOneStepAndSeparatesSlowOnes', () => {
    const undo = new UndoManager(800);
    let doc = '';
    for (const [i, ch] of [...'abc'].entries()) {
      const op = at(doc, doc.length, ch);
      undo.recordLocal(op, doc, i * 100);
      doc = op.apply(doc);
    }
    const late = at(doc, doc.length, 'd');
    undo.recordLocal(late, doc, 5000);
    doc = late.apply(doc);
    doc = undo.undo(doc)!.apply(doc);
    expect(doc).toBe('abc');
    doc = undo.undo(doc)!.apply(doc);
    expect(doc).toBe('');
    expect(undo.canUndo()).toBe(false);
  });

  it('dropsAStepWhoseTextSomeoneElseDeleted', () => {
    const undo = new UndoManager(800);
    let doc = 'ab';
    const mine = at(doc, 1, 'X');
    undo.recordLocal(mine, doc, 0);
    doc = mine.apply(doc); // aXb
    const theirs = TextOperation.fromWire([-3]);
    doc = theirs.apply(doc);
    undo.transform(theirs);
    expect(undo.canUndo()).toBe(false);
    expect(doc).toBe('');
  });
});
