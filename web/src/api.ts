/** REST calls of PROTOCOL.md, with problem+json errors turned into readable messages. */
import type { HistoryEntry } from './playback/replay';
export interface Language {
  id: string;
  name: string;
  editorLanguage: string;
  fileName: string;
  entry: string;
  assetsUrl: string;
}

export interface CreatedRoom {
  id: string;
  title: string;
  language: string;
  candidateUrl: string;
  interviewerUrl: string;
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

async function call<T>(path: string, init: RequestInit = {}, key?: string): Promise<T | undefined> {
  const headers = new Headers(init.headers);
  if (key !== undefined) headers.set('Authorization', `Bearer ${key}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, 'The server cannot be reached. Check your connection and try again.');
  }
  if (!response.ok) throw new ApiError(response.status, await problemText(response));
  if (response.status === 204) return undefined;
  return (await response.json()) as T;
}

async function problemText(response: Response): Promise<string> {
  let detail = '';
  try {
    const problem = (await response.json()) as { title?: string; detail?: string };
    detail = problem.detail ?? problem.title ?? '';
  } catch {
    // not problem+json: fall back to the status text below
  }
  const generic: Record<number, string> = {
    400: 'The request was not valid.',
    401: 'The key in this link is not valid.',
    403: 'Your role may not do that.',
    404: 'No such interview.',
    409: 'This interview has already ended.',
    413: 'That is too large.',
    429: 'Too many requests; wait a moment and try again.',
  };
  const base = generic[response.status] ?? `The server answered ${response.status}.`;
  return detail === '' ? base : `${base} ${detail}`;
}

export async function languages(): Promise<Language[]> {
  return (await call<Language[]>('/api/languages')) ?? [];
}

export async function createRoom(title: string, language: string): Promise<CreatedRoom> {
  const body = JSON.stringify({ title: title === '' ? undefined : title, language });
  const room = await call<CreatedRoom>('/api/rooms', { method: 'POST', body });
  if (room === undefined) throw new ApiError(500, 'The server created no room.');
  return room;
}

export async function closeRoom(id: string, key: string): Promise<void> {
  await call<void>(`/api/rooms/${encodeURIComponent(id)}/close`, { method: 'POST' }, key);
}

/** `GET /api/rooms/{id}` (interviewer key): the room and its code now. */
export interface RoomState {
  id: string;
  title: string;
  language: string;
  state: 'open' | 'closed';
  rev: number;
  code: string;
}

export async function roomState(id: string, key: string): Promise<RoomState> {
  const room = await call<RoomState>(`/api/rooms/${encodeURIComponent(id)}`, {}, key);
  if (room === undefined) throw new ApiError(500, 'The server sent no room.');
  return room;
}

/** The code document at revision `from` (`code`; absent from servers older than this field) and every op after it. */
export interface RoomHistory { rev: number; from?: number; code?: string; ops: HistoryEntry[] }

/** `GET /api/rooms/{id}/history?from=R` (interviewer key): the code document's journal after R. */
export async function roomHistory(id: string, key: string, from = 0): Promise<RoomHistory> {
  const history = await call<RoomHistory>(`/api/rooms/${encodeURIComponent(id)}/history?from=${from}`, {}, key);
  if (history === undefined) throw new ApiError(500, 'The server sent no history.');
  return history;
}
