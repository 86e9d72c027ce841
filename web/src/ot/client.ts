import { TextOperation } from './text-operation';

/**
 * The OT client state machine of one document (ot.js `client.js`): Synchronized,
 * AwaitingConfirm (one op sent, not acknowledged) and AwaitingWithBuffer (plus local edits
 * composed while waiting). Pure: it tells its {@link OtClientPort} what to send and apply.
 */
export interface OtClientPort {
  /** Transmit an op based on `rev` under `seq`; may be dropped while offline (see resend). */
  send(rev: number, seq: number, op: TextOperation): void;
  /** Apply a (transformed) remote op to the local document. */
  apply(op: TextOperation): void;
}

type OtState =
  | { readonly kind: 'synchronized' }
  | { readonly kind: 'awaiting-confirm'; readonly outstanding: TextOperation; readonly seq: number }
  | { readonly kind: 'awaiting-with-buffer'; readonly outstanding: TextOperation; readonly seq: number; readonly buffer: TextOperation };

export class OtClient {
  private current: OtState = { kind: 'synchronized' };
  private lastSeq = 0;

  constructor(private rev: number, private readonly port: OtClientPort) {}

  revision(): number { return this.rev; }

  /** Number of local edits (0, 1 or 2 batches) the server has not acknowledged yet. */
  pendingCount(): number {
    switch (this.current.kind) {
      case 'synchronized': return 0;
      case 'awaiting-confirm': return 1;
      case 'awaiting-with-buffer': return 2;
    }
  }

  /** The local user made an edit. */
  applyClient(op: TextOperation): void {
    const s = this.current;
    switch (s.kind) {
      case 'synchronized': {
        const seq = ++this.lastSeq;
        this.current = { kind: 'awaiting-confirm', outstanding: op, seq };
        this.port.send(this.rev, seq, op);
        return;
      }
      case 'awaiting-confirm':
        this.current = { ...s, kind: 'awaiting-with-buffer', buffer: op };
        return;
      case 'awaiting-with-buffer':
        this.current = { ...s, buffer: s.buffer.compose(op) };
        return;
    }
  }

  /** Someone else's op became revision `rev`. */
  applyServer(rev: number, op: TextOperation): void {
    this.rev = rev;
    const s = this.current;
    switch (s.kind) {
      case 'synchronized':
        this.port.apply(op);
        return;
      case 'awaiting-confirm': {
        const p = TextOperation.transform(s.outstanding, op);
        this.current = { ...s, outstanding: p.left };
        this.port.apply(p.right);
        return;
      }
      case 'awaiting-with-buffer': {
        const p1 = TextOperation.transform(s.outstanding, op);
        const p2 = TextOperation.transform(s.buffer, p1.right);
        this.current = { ...s, outstanding: p1.left, buffer: p2.left };
        this.port.apply(p2.right);
        return;
      }
    }
  }

  /**
   * Our op `seq` became revision `rev`; returns that op as the server applied it. Acks for
   * other seqs (already handled) are ignored and return undefined.
   */
  serverAck(rev: number, seq: number): TextOperation | undefined {
    const s = this.current;
    if (s.kind === 'synchronized' || seq !== s.seq) return undefined;
    this.rev = rev;
    if (s.kind === 'awaiting-confirm') {
      this.current = { kind: 'synchronized' };
      return s.outstanding;
    }
    const next = ++this.lastSeq;
    this.current = { kind: 'awaiting-confirm', outstanding: s.buffer, seq: next };
    this.port.send(this.rev, next, s.buffer);
    return s.outstanding;
  }

  /** After a reconnect's replay: send the unacknowledged op again under the same seq. */
  resend(): void {
    const s = this.current;
    if (s.kind !== 'synchronized') this.port.send(this.rev, s.seq, s.outstanding);
  }

  /** Every op the server has not acknowledged yet, in order (for mapping positions to local ones). */
  pendingOps(): TextOperation[] {
    const s = this.current;
    if (s.kind === 'synchronized') return [];
    if (s.kind === 'awaiting-confirm') return [s.outstanding];
    return [s.outstanding, s.buffer];
  }
}
