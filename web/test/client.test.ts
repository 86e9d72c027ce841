import { describe, expect, it } from 'vitest';
import { OtClient } from '../src/ot/client';
import { TextOperation } from '../src/ot/text-operation';
import { randomOp, seeded } from './random';

/** A sequencer like the server's: incoming op transformed as the FIRST argument, dedupe by (client, seq). */
class FakeServer {
  doc = 'start';
  history: { client: string; seq: number; op: TextOperation }[] = [];
  submit(client: string, seq: number, rev: number, op: TextOperation): number {
    const dup = this.history.findIndex((h) => h.client === client && h.seq === seq);
    if (dup >= 0) return dup + 1;
    let o = op;
    for (const h of this.history.slice(rev)) o = TextOperation.transform(o, h.op).left;
    this.doc = o.apply(this.doc);
    this.history.push({ client, seq, op: o });
    return this.history.length;
  }
}

type Msg = { kind: 'op'; rev: number; op: TextOperation } | { kind: 'ack'; rev: number; seq: number };

class Peer {
  doc: string;
  inbox: Msg[] = [];
  online = true;
  client: OtClient;
  constructor(readonly id: string, private readonly server: FakeServer, private readonly peers: () => Peer[]) {
    this.doc = server.doc;
    this.client = new OtClient(0, {
      send: (rev, seq, op) => { if (this.online) this.deliverToServer(rev, seq, op); },
      apply: (op) => { this.doc = op.apply(this.doc); },
    });
  }
  private deliverToServer(rev: number, seq: number, op: TextOperation): void {
    const before = this.server.history.length;
    const r = this.server.submit(this.id, seq, rev, op);
    if (this.server.history.length > before) {
      for (const p of this.peers()) if (p !== this && p.online) p.inbox.push({ kind: 'op', rev: r, op: this.server.history[r - 1]!.op });
    }
    this.inbox.push({ kind: 'ack', rev: r, seq });
  }
  edit(rnd: () => number): void {
    const op = randomOp(rnd, this.doc);
    this.doc = op.apply(this.doc);
    this.client.applyClient(op);
  }
  receiveOne(): void {
    const m = this.inbox.shift();
    if (m === undefined) return;
    if (m.kind === 'op') this.client.applyServer(m.rev, m.op);
    else this.client.serverAck(m.rev, m.seq);
  }
  /** Resume: replay of every op after our revision (ours as acks), then resend. */
  reconnect(): void {
    this.online = true;
    this.inbox = [];
    const hist = this.server.history;
    for (let r = this.client.revision() + 1; r <= hist.length; r++) {
      const h = hist[r - 1]!;
      if (h.client === this.id) this.client.serverAck(r, h.seq);
      else this.client.applyServer(r, h.op);
    }
    this.client.resend();
  }
}

describe('OtClient on a simulated network', () => {
  it('replicasConvergeWithRandomDeliveryDisconnectsAndResends', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rnd = seeded(seed);
      const server = new FakeServer();
      const peers: Peer[] = [];
      for (const id of ['a', 'b', 'c']) peers.push(new Peer(id, server, () => peers));
      for (let step = 0; step < 60; step++) {
        const p = peers[Math.floor(rnd() * peers.length)]!;
        const r = rnd();
        if (r < 0.4) p.edit(rnd);
        else if (r < 0.85) p.receiveOne();
        else if (r < 0.93 && p.online) { p.online = false; p.inbox = []; }
        else if (!p.online) p.reconnect();
      }
      for (const p of peers) if (!p.online) p.reconnect();
      for (let i = 0; i < 1000 && peers.some((p) => p.inbox.length > 0); i++) for (const p of peers) p.receiveOne();
      for (const p of peers) {
        expect(p.client.pendingCount(), `seed ${seed} peer ${p.id}`).toBe(0);
        expect(p.doc, `seed ${seed} peer ${p.id}`).toBe(server.doc);
      }
    }
  });

  it('resentOpIsAcknowledgedButNotAppliedTwice', () => {
    const server = new FakeServer();
    const peers: Peer[] = [];
    const a = new Peer('a', server, () => peers);
    peers.push(a);
    a.doc = 'startX';
    a.client.applyClient(TextOperation.fromWire([5, 'X'])); // applied by the server, ack on its way
    a.client.resend(); // as after a reconnect that came before the ack
    while (a.inbox.length > 0) a.receiveOne();
    expect(server.history).toHaveLength(1);
    expect(server.doc).toBe('startX');
    expect(a.client.pendingCount()).toBe(0);
  });
});
