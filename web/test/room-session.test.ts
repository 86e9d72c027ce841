import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextOperation } from '../src/ot/text-operation';
import type { ClientMessage, ServerMessage } from '../src/room/protocol';
import { rejoinText, RoomSession, type RoomView } from '../src/room/room-session';

/** A WebSocket the test drives: it records what the page sends and delivers what the "server" says. */
class FakeSocket {
  static all: FakeSocket[] = [];
  static readonly OPEN = 1;
  readyState = 0;
  sent: ClientMessage[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) { FakeSocket.all.push(this); }
  send(data: string): void { this.sent.push(JSON.parse(data) as ClientMessage); }
  close(): void { this.readyState = 3; }
  open(): void { this.readyState = 1; this.onopen?.(); }
  deliver(message: ServerMessage): void { this.onmessage?.({ data: JSON.stringify(message) }); }
  drop(): void { this.readyState = 3; this.onclose?.(); }
  static last(): FakeSocket { return FakeSocket.all[FakeSocket.all.length - 1]!; }
}

function fakeView() {
  const messages: string[] = [];
  const loaded: string[] = [];
  const view: RoomView = {
    joined: () => {}, codeLoaded: (t) => loaded.push(t), notesLoaded: () => {}, remoteOp: () => {}, changed: () => {},
    participants: () => {}, selection: () => {}, participantLeft: () => {}, language: () => {}, run: () => {},
    closed: () => {}, status: () => {}, message: (t) => messages.push(t),
  };
  return { view, messages, loaded };
}

const welcome = (rev: number, code: string, clientId = 'c1'): ServerMessage => ({
  type: 'welcome', protocol: 1, clientId, role: 'candidate', resumed: false, rev, code, language: 'python',
  participants: [], room: { id: 'r1', title: 'T', state: 'open' },
});
const append = (doc: string, text: string) => TextOperation.builder().retain(doc.length).insert(text).build();

describe('RoomSession recovery', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakeSocket.all = [];
    vi.stubGlobal('WebSocket', FakeSocket);
    vi.stubGlobal('window', {
      location: { protocol: 'http:', host: 'pairpad.test' }, addEventListener: () => {},
      setTimeout, clearTimeout, setInterval, clearInterval,
    });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('joinsAfreshWithTheServersTextWhenTheServerCameBackFromAnOlderBackup', () => {
    const { view, messages, loaded } = fakeView();
    const session = new RoomSession('r1', 'key', 'Ada', view);
    session.start();
    FakeSocket.last().open();
    FakeSocket.last().deliver(welcome(10, 'print(1)\n'));
    const code = session.code!;
    code.local(append(code.value(), 'x = 2\n'));
    FakeSocket.last().deliver({ type: 'ack', rev: 11, seq: 1 });
    FakeSocket.last().drop(); // the server went away ...
    code.local(append(code.value(), 'y = 3\n')); // ... while Ada kept typing
    vi.runOnlyPendingTimers(); // reconnect
    const resumeSocket = FakeSocket.last();
    resumeSocket.open();
    expect(resumeSocket.sent[0]).toMatchObject({ type: 'hello', clientId: 'c1', rev: 11 });

    // ... and came back restored from a backup taken at revision 7.
    resumeSocket.deliver({ type: 'error', code: 'stale-revision', message: 'resume from revision 11 but the room is at revision 7' });
    const fresh = FakeSocket.last();
    expect(fresh).not.toBe(resumeSocket);
    fresh.open();
    const hello = fresh.sent[0]!;
    expect(hello).toMatchObject({ type: 'hello', key: 'key', name: 'Ada' });
    expect(hello).not.toHaveProperty('clientId');
    expect(hello).not.toHaveProperty('rev');

    fresh.deliver(welcome(7, 'print(0)\n', 'c2'));
    expect(session.code!.value()).toBe('print(0)\n');
    expect(session.code!.revision()).toBe(7);
    expect(session.code!.pendingEdits()).toBe(0);
    expect(session.clientId).toBe('c2');
    expect(loaded.at(-1)).toBe('print(0)\n');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain('older copy of this interview (revision 7; this page was at 11)');
    expect(messages[0]).toContain('1 edit of yours that had not reached the server was lost');

    // Editing goes on from the server's text, based on its revision.
    session.code!.local(append(session.code!.value(), '#'));
    expect(fresh.sent.at(-1)).toMatchObject({ type: 'op', rev: 7, seq: 1, op: [9, '#'] });
  });

  it('anOpBasedOnARevisionTheServerDoesNotHaveAlsoRejoinsAfresh', () => {
    const { view, messages } = fakeView();
    const session = new RoomSession('r1', 'key', 'Ada', view);
    session.start();
    FakeSocket.last().open();
    FakeSocket.last().deliver(welcome(3, 'a'));
    session.code!.local(append('a', 'b'));
    const first = FakeSocket.last();
    first.deliver({ type: 'error', code: 'stale-revision', message: 'base revision 3 is ahead of the room', seq: 1 });
    expect(FakeSocket.last()).not.toBe(first);
    FakeSocket.last().open();
    FakeSocket.last().deliver(welcome(3, 'a', 'c9'));
    expect(session.code!.value()).toBe('a');
    expect(messages[0]).toContain('joined afresh');
    expect(messages[0]).toContain('1 edit of yours');
  });

  it('saysNothingWasLostWhenTheServersTextIsTheSame', () => {
    expect(rejoinText({ rev: 4, text: 'same' }, 4, 'same', 0)).toBe(
      "The server could not resume this page's session, so it joined afresh with the server's text. Nothing changed in the code.");
  });
});
