import { describe, expect, it } from 'vitest';
import { TextOperation } from '../src/ot/text-operation';
import { SharedDoc } from '../src/room/shared-doc';

function doc(text: string, rev: number) {
  const sent: { rev: number; seq: number; op: TextOperation }[] = [];
  const shared = new SharedDoc('code', text, rev, {
    send: (_doc, r, seq, op) => sent.push({ rev: r, seq, op }),
    showRemote: () => {},
    changed: () => {},
  });
  return { shared, sent };
}

const insertAt = (length: number, index: number, text: string) =>
  TextOperation.builder().retain(index).insert(text).retain(length - index).build();

describe('SharedDoc', () => {
  it('mapsAnOlderRemoteCursorThroughLaterOpsAndOurPendingEdits', () => {
    const { shared } = doc('hello world', 5);
    shared.remote(6, insertAt(11, 0, '>> ')); // ">> hello world"
    shared.local(insertAt(14, 3, 'oh ')); // pending: ">> oh hello world"
    // someone's caret before "world" at revision 5 (offset 6) is now 6 + 3 + 3
    expect(shared.toLocal(5, 6)).toBe(12);
    expect(shared.value().slice(12)).toBe('world');
    expect(shared.toLocal(6, 9)).toBe(12);
    expect(shared.toLocal(7, 0)).toBeUndefined(); // a revision we have not seen yet
  });

  it('countsPendingEditsUntilTheServerAcknowledgesThem', () => {
    const { shared, sent } = doc('', 0);
    shared.local(insertAt(0, 0, 'a'));
    shared.local(insertAt(1, 1, 'b'));
    shared.local(insertAt(2, 2, 'c'));
    expect(shared.pendingEdits()).toBe(3);
    expect(sent).toHaveLength(1);
    shared.ack(1, sent[0]!.seq);
    expect(sent).toHaveLength(2); // the buffer ("bc") goes out when the first op is acknowledged
    expect(sent[1]!.op.toWire()).toEqual([1, 'bc']);
    expect(shared.pendingEdits()).toBe(3);
    shared.ack(2, sent[1]!.seq);
    expect(shared.pendingEdits()).toBe(0);
    expect(shared.revision()).toBe(2);
  });

  it('undoesOnlyOwnEditsAfterARemoteOneArrived', () => {
    const { shared } = doc('x', 0);
    shared.local(insertAt(1, 1, 'mine'));
    shared.remote(1, insertAt(1, 0, 'theirs '));
    const undo = shared.undo()!;
    shared.local(undo, false);
    expect(shared.value()).toBe('theirs x');
  });
});
