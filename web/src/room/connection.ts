import type { ClientMessage, ServerMessage } from './protocol';

/** Connection state shown by the status indicator. */
export type LinkState =
  | { kind: 'connecting' }
  | { kind: 'open' }
  | { kind: 'offline'; retryAt: number }
  | { kind: 'stopped'; reason: string };

export interface ConnectionHandlers {
  /** The socket opened: send `hello` now (it is the first message). */
  onOpen(): void;
  onMessage(message: ServerMessage): void;
  onState(state: LinkState): void;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
const PING_MS = 20_000;

/**
 * One WebSocket to a room that reconnects with capped exponential backoff (plus jitter) until
 * stopped, and drops the socket as soon as the browser says it went offline.
 */
export class Connection {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private retryTimer: number | undefined;
  private pingTimer: number | undefined;
  private stopped = false;

  constructor(private readonly url: string, private readonly handlers: ConnectionHandlers) {
    window.addEventListener('offline', () => this.drop());
    window.addEventListener('online', () => this.reconnectNow());
  }

  start(): void {
    this.connect();
  }

  send(message: ClientMessage): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  /** Stops for good (fatal error): no more reconnects. */
  stop(reason: string): void {
    this.stopped = true;
    this.clearTimers();
    this.socket?.close();
    this.handlers.onState({ kind: 'stopped', reason });
  }

  /** Closes the current socket (if any) and connects again at once. */
  restart(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.attempt = 0;
    this.connect();
  }

  private connect(): void {
    if (this.stopped) return;
    this.clearTimers();
    this.handlers.onState({ kind: 'connecting' });
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      this.attempt = 0;
      this.handlers.onState({ kind: 'open' });
      this.handlers.onOpen();
      this.pingTimer = window.setInterval(() => this.send({ type: 'ping' }), PING_MS);
    };
    socket.onmessage = (event) => {
      if (socket !== this.socket || typeof event.data !== 'string') return;
      this.handlers.onMessage(JSON.parse(event.data) as ServerMessage);
    };
    socket.onclose = () => {
      if (socket === this.socket) this.scheduleRetry();
    };
  }

  private drop(): void {
    const socket = this.socket;
    this.socket = undefined;
    socket?.close();
    this.scheduleRetry();
  }

  private reconnectNow(): void {
    if (this.stopped || this.socket?.readyState === WebSocket.OPEN) return;
    this.attempt = 0;
    this.connect();
  }

  private scheduleRetry(): void {
    if (this.stopped) return;
    this.clearTimers();
    this.socket = undefined;
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.attempt) * (0.8 + Math.random() * 0.4);
    this.attempt++;
    this.handlers.onState({ kind: 'offline', retryAt: Date.now() + delay });
    this.retryTimer = window.setTimeout(() => this.connect(), delay);
  }

  private clearTimers(): void {
    window.clearTimeout(this.retryTimer);
    window.clearInterval(this.pingTimer);
  }
}
