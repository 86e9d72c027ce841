import { OtClient } from '../ot/client';
import { TextOperation } from '../ot/text-operation';
import { UndoManager } from '../ot/undo';
import type { DocName } from './protocol';

/** Where a document's changes go: the editor (remote ops) and the network (local ops). */
export interface DocPorts {
  send(doc: DocName, rev: number, seq: number, op: TextOperation): void;
  /** Apply a remote (already transformed) op to the editor showing this document. */
  showRemote(op: TextOperation, before: string): void;
  /** Called after any change of the local text (local or remote), e.g. to move remote cursors. */
  changed(op: TextOperation, remote: boolean): void;
}

const HISTORY_KEPT = 1000;

/**
 * One shared document as this page sees it: the local text, the OT client state machine,
 * this user's undo history, and the recent server ops (to map others' cursors to local text).
 */
export class SharedDoc {
  private text: string;
  private readonly client: OtClient;
  private readonly undoManager = new UndoManager();
  private readonly history: { rev: number; op: TextOperation }[] = [];
  private unconfirmed = 0;

  constructor(readonly name: DocName, text: string, rev: number, private readonly ports: DocPorts) {
    this.text = text;
    this.client = new OtClient(rev, {
      send: (r, seq, op) => this.ports.send(this.name, r, seq, op),
      apply: (op) => {
        const before = this.text;
        this.text = op.apply(before);
        this.undoManager.transform(op);
        this.ports.showRemote(op, before);
        this.ports.changed(op, true);
      },
    });
  }

  value(): string { return this.text; }
  revision(): number { return this.client.revision(); }
  /** Local edits the server has not acknowledged yet. */
  pendingEdits(): number { return this.unconfirmed; }
  synchronized(): boolean { return this.client.pendingCount() === 0; }

  /**
   * The user edited the document; `record` is false for undo/redo's own edits. `after` is the
   * text `op` makes of {@link value}, for a caller that has it already (it is not checked).
   */
  local(op: TextOperation, record = true, after = op.apply(this.text)): void {
    const before = this.text;
    this.text = after;
    if (record) this.undoManager.recordLocal(op, before, Date.now());
    this.unconfirmed++;
    this.client.applyClient(op);
    this.ports.changed(op, false);
  }

  remote(rev: number, op: TextOperation): void {
    this.remember(rev, op);
    this.client.applyServer(rev, op);
  }

  ack(rev: number, seq: number): void {
    const acknowledged = this.client.serverAck(rev, seq);
    if (acknowledged !== undefined) this.remember(rev, acknowledged);
    if (this.client.pendingCount() === 0) this.unconfirmed = 0;
  }

  /** After a resume's replay: send the unacknowledged op again under its seq. */
  resend(): void { this.client.resend(); }

  undo(): TextOperation | undefined { return this.undoManager.undo(this.text); }
  redo(): TextOperation | undefined { return this.undoManager.redo(this.text); }

  /** Maps an offset in the server document at `rev` to the local text, or undefined if too old. */
  toLocal(rev: number, index: number): number | undefined {
    if (rev > this.client.revision()) return undefined;
    let i = index;
    if (rev < this.client.revision()) {
      const first = this.history.findIndex((h) => h.rev === rev + 1);
      if (first < 0) return undefined;
      for (const h of this.history.slice(first)) i = h.op.transformIndex(i);
    }
    for (const op of this.client.pendingOps()) i = op.transformIndex(i);
    return Math.max(0, Math.min(i, this.text.length));
  }

  private remember(rev: number, op: TextOperation): void {
    this.history.push({ rev, op });
    if (this.history.length > HISTORY_KEPT) this.history.splice(0, this.history.length - HISTORY_KEPT);
  }
}
