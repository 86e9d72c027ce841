import { TextOperation } from '../ot/text-operation';
import { Connection, type LinkState } from './connection';
import { errorText, PROTOCOL_VERSION, type DocName, type Participant, type Range, type Role, type RunEvent, type ServerMessage } from './protocol';
import { SharedDoc } from './shared-doc';

/** What the page shows; the session calls it for everything that happens in the room. */
export interface RoomView {
  /** The first welcome, or a fresh one after the old session was lost: (re)build from scratch. */
  joined(info: { role: Role; title: string; language: string; closed: boolean }): void;
  codeLoaded(text: string): void;
  notesLoaded(text: string): void;
  remoteOp(doc: DocName, op: TextOperation, before: string): void;
  /** After any change of a document's local text, local or remote (e.g. to move others' cursors). */
  changed(doc: DocName, op: TextOperation): void;
  participants(list: readonly Participant[]): void;
  selection(clientId: string, ranges: Range[]): void;
  participantLeft(clientId: string): void;
  language(language: string): void;
  run(clientId: string, event: RunEvent): void;
  closed(): void;
  status(): void;
  message(text: string, fatal: boolean): void;
}

const SELECTION_THROTTLE_MS = 50;
const FATAL = new Set(['not-found', 'unauthorized', 'protocol']);

/** One person's connection to a room: hello/resume, the two OT documents, presence and errors. */
export class RoomSession {
  readonly connection: Connection;
  code: SharedDoc | undefined;
  notes: SharedDoc | undefined;
  clientId: string | undefined;
  link: LinkState = { kind: 'connecting' };
  private replaying = false;
  /** Our revision and text when the server said `stale-revision`, until the fresh welcome arrives. */
  private recovering: { rev: number; text: string } | undefined;
  private welcomed = false;
  private readonly people = new Map<string, Participant>();
  private selectionDirty = false;
  private lastSelection: Range[] = [];
  private selectionTimer: number | undefined;

  /** The role the server gave us in the last welcome. */
  role: Role | undefined;

  /** `observe`: join read-only (`hello` with `mode:"observe"`) whatever the key allows. */
  constructor(private readonly roomId: string, private readonly key: string, private readonly name: string, private readonly view: RoomView,
    private readonly observe = false) {
    const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
    this.connection = new Connection(`${scheme}://${window.location.host}/ws/rooms/${encodeURIComponent(roomId)}`, {
      onOpen: () => this.hello(),
      onMessage: (m) => this.receive(m),
      onState: (s) => { this.link = s; if (s.kind !== 'open') this.welcomed = false; this.view.status(); },
    });
  }

  start(): void { this.connection.start(); }
  live(): boolean { return this.link.kind === 'open' && this.welcomed && !this.replaying; }
  participant(clientId: string): Participant | undefined { return this.people.get(clientId); }
  id(): string { return this.roomId; }

  /** This user's selection in the code document (local offsets); sent once the server knows our edits. */
  select(ranges: Range[]): void {
    this.lastSelection = ranges;
    this.selectionDirty = true;
    if (this.selectionTimer !== undefined) return;
    this.selectionTimer = window.setTimeout(() => {
      this.selectionTimer = undefined;
      this.flushSelection();
    }, SELECTION_THROTTLE_MS);
  }

  setLanguage(language: string): void { this.connection.send({ type: 'language', language }); }
  sendRun(event: RunEvent): void { this.connection.send({ type: 'run', ...event }); }

  private hello(): void {
    const resume = this.clientId !== undefined && this.code !== undefined;
    this.connection.send({
      type: 'hello', protocol: PROTOCOL_VERSION, key: this.key, name: this.name,
      ...(this.observe ? { mode: 'observe' as const } : {}),
      ...(resume ? { clientId: this.clientId, rev: this.code!.revision() } : {}),
      ...(resume && this.notes !== undefined ? { notesRev: this.notes.revision() } : {}),
    });
  }

  private receive(m: ServerMessage): void {
    switch (m.type) {
      case 'welcome': return this.welcome(m);
      case 'ack': this.doc(m.doc)?.ack(m.rev, m.seq); this.flushSelection(); return this.view.status();
      case 'op': return this.doc(m.doc)?.remote(m.rev, TextOperation.fromWire(m.op));
      case 'synced': return this.synced();
      case 'selection': return this.remoteSelection(m.clientId, m.rev, m.ranges);
      case 'joined': this.people.set(m.participant.clientId, m.participant); return this.view.participants([...this.people.values()]);
      case 'left': this.people.delete(m.clientId); this.view.participantLeft(m.clientId); return this.view.participants([...this.people.values()]);
      case 'language': return this.view.language(m.language);
      case 'run': { const { type: _t, clientId, ...event } = m; return this.view.run(clientId, event); }
      case 'closed': return this.view.closed();
      case 'error': return this.error(m.code, m.message, m.seq);
      case 'pong': return;
    }
  }

  private welcome(m: Extract<ServerMessage, { type: 'welcome' }>): void {
    this.welcomed = true;
    const resumed = m.resumed && this.code !== undefined && this.clientId === m.clientId;
    this.clientId = m.clientId;
    this.role = m.role;
    this.people.clear();
    for (const p of m.participants) this.people.set(p.clientId, p);
    if (resumed) {
      this.replaying = true;
      if (m.notes?.text !== undefined) { // the server sent the notes afresh instead of replaying them
        this.notes = this.newDoc('notes', m.notes.text, m.notes.rev);
        this.view.notesLoaded(this.notes.value());
      }
    } else {
      this.replaying = false;
      const lost = (this.code?.pendingEdits() ?? 0) + (this.notes?.pendingEdits() ?? 0);
      const before = this.recovering;
      this.recovering = undefined;
      this.code = this.newDoc('code', m.code ?? '', m.rev);
      this.notes = m.notes !== undefined ? this.newDoc('notes', m.notes.text ?? '', m.notes.rev) : undefined;
      this.view.joined({ role: m.role, title: m.room.title, language: m.language, closed: m.room.state === 'closed' });
      this.view.codeLoaded(this.code.value());
      if (this.notes !== undefined) this.view.notesLoaded(this.notes.value());
      if (before !== undefined) this.view.message(rejoinText(before, m.rev, m.code ?? '', lost), false);
      else if (lost > 0) this.view.message(`The server could not resume your session; ${lost} unsent edit(s) were lost.`, false);
    }
    this.view.participants([...this.people.values()]);
    for (const p of m.participants) this.welcomeSelection(p);
    this.view.status();
  }

  private synced(): void {
    this.replaying = false;
    this.code?.resend();
    this.notes?.resend();
    this.selectionDirty = true;
    this.flushSelection();
    this.view.status();
  }

  private newDoc(name: DocName, text: string, rev: number): SharedDoc {
    return new SharedDoc(name, text, rev, {
      send: (doc, r, seq, op) => {
        if (this.live()) this.connection.send({ type: 'op', rev: r, seq, op: op.toWire(), ...(doc === 'notes' ? { doc } : {}) });
      },
      showRemote: (op, before) => this.view.remoteOp(name, op, before),
      changed: (op, remote) => {
        this.view.changed(name, op);
        if (name === 'code' && remote) this.flushSelection();
        this.view.status();
      },
    });
  }

  private doc(name: DocName | undefined): SharedDoc | undefined {
    return name === 'notes' ? this.notes : this.code;
  }

  private flushSelection(): void {
    const code = this.code;
    if (!this.selectionDirty || code === undefined || !this.live() || !code.synchronized() || this.role === 'observer') return;
    this.selectionDirty = false;
    this.connection.send({ type: 'selection', rev: code.revision(), ranges: this.lastSelection });
  }

  private remoteSelection(clientId: string, rev: number, ranges: Range[]): void {
    if (clientId === this.clientId || this.code === undefined) return;
    const local: Range[] = [];
    for (const r of ranges) {
      const anchor = this.code.toLocal(rev, r.anchor);
      const head = this.code.toLocal(rev, r.head);
      if (anchor !== undefined && head !== undefined) local.push({ anchor, head });
    }
    if (local.length > 0) this.view.selection(clientId, local);
  }

  private welcomeSelection(p: Participant): void {
    if (p.selection !== undefined && this.code !== undefined) this.remoteSelection(p.clientId, this.code.revision(), p.selection);
  }

  private error(code: string, message: string, seq: number | undefined): void {
    if (FATAL.has(code)) {
      this.connection.stop(errorText(code, message));
      this.view.message(errorText(code, message), true);
      return;
    }
    if (code === 'stale-revision') {
      // The server no longer has (or never had) the revision we are at, e.g. it was restored from an
      // older backup: join afresh and take its text; the welcome tells the person what happened.
      if (this.code !== undefined) this.recovering ??= { rev: this.code.revision(), text: this.code.value() };
      this.resync();
      return;
    }
    if (code === 'room-closed') this.view.closed();
    this.view.message(errorText(code, message), false);
    if (code === 'rate-limited' && seq !== undefined) {
      window.setTimeout(() => { if (this.live()) { this.code?.resend(); this.notes?.resend(); } }, 1000);
    } else if (seq !== undefined) {
      this.resync();
    }
  }

  /** Forget this session and join afresh: the server's document replaces ours. */
  resync(): void {
    this.clientId = undefined;
    this.connection.restart();
  }
}

/** What a person should read after joining afresh instead of resuming (their old state is `before`). */
export function rejoinText(before: { rev: number; text: string }, rev: number, text: string, lostEdits: number): string {
  const lost = lostEdits === 0 ? '' : lostEdits === 1 ? ' 1 edit of yours that had not reached the server was lost.'
    : ` ${lostEdits} edits of yours that had not reached the server were lost.`;
  if (rev < before.rev) {
    return `The server has an older copy of this interview (revision ${rev}; this page was at ${before.rev}), `
      + `probably restored from a backup. You now see the server's text.${lost}`;
  }
  const same = before.text === text ? ' Nothing changed in the code.' : '';
  return `The server could not resume this page's session, so it joined afresh with the server's text.${same}${lost}`;
}
