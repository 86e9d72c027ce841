/** Message shapes of PROTOCOL.md version 1 (only the fields the web app reads or writes). */
import type { WireItem } from '../ot/text-operation';

export const PROTOCOL_VERSION = 1;

export type Role = 'interviewer' | 'candidate' | 'observer';
export type DocName = 'code' | 'notes';

export interface Range { anchor: number; head: number }

export interface Participant {
  clientId: string;
  name: string;
  role: Role;
  color: string;
  /** Valid at the `rev` of the message carrying it (PROTOCOL-NOTES.md 1). */
  selection?: Range[];
}

export interface RunEvent {
  runId: string;
  event: 'start' | 'output' | 'end';
  stream?: 'stdout' | 'stderr';
  text?: string;
  status?: 'ok' | 'error' | 'timeout' | 'stopped';
  ms?: number;
}

export type ServerMessage =
  | {
      type: 'welcome'; protocol: number; clientId: string; role: Role; resumed: boolean; rev: number;
      code?: string; language: string; participants: Participant[];
      room: { id: string; title: string; state: 'open' | 'closed' };
      notes?: { rev: number; text?: string };
    }
  | { type: 'ack'; rev: number; seq: number; doc?: DocName }
  | { type: 'op'; rev: number; clientId: string; op: WireItem[]; doc?: DocName }
  | { type: 'selection'; clientId: string; rev: number; ranges: Range[] }
  | { type: 'joined'; participant: Participant }
  | { type: 'left'; clientId: string }
  | { type: 'language'; language: string; clientId?: string }
  | ({ type: 'run'; clientId: string } & RunEvent)
  | { type: 'closed' }
  | { type: 'error'; code: string; message: string; seq?: number }
  | { type: 'synced'; rev: number; notesRev?: number }
  | { type: 'pong' };

export type ClientMessage =
  | { type: 'hello'; protocol: number; key: string; name: string; clientId?: string; rev?: number; notesRev?: number; mode?: 'observe' }
  | { type: 'op'; rev: number; seq: number; op: WireItem[]; doc?: DocName }
  | { type: 'selection'; rev: number; ranges: Range[] }
  | { type: 'language'; language: string }
  | ({ type: 'run' } & RunEvent)
  | { type: 'ping' };

/** What a person should read for each error code of PROTOCOL.md. */
export function errorText(code: string, message: string): string {
  const texts: Record<string, string> = {
    'bad-message': 'The server did not understand a message from this page. Reload the page if editing stops working.',
    'bad-op': 'An edit was rejected as malformed. Reload the page to get back in sync.',
    'stale-revision': 'This page is out of date with the server. Reloading to resync…',
    forbidden: 'Your role may not do that.',
    'room-closed': 'This interview has ended; the code is read-only.',
    'too-large': 'That change is too large: the document or message would exceed the size limit.',
    'rate-limited': 'You are editing faster than the server allows; slow down for a moment.',
    'not-found': 'This interview does not exist (it may have been deleted or expired).',
    unauthorized: 'The key in this link is not valid for this interview. Check that you copied the whole link.',
    protocol: 'This page is too old for the server. Reload it.',
  };
  return texts[code] ?? `Server error (${code}): ${message}`;
}
