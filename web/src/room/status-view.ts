import type { RoomSession } from './room-session';

/** The always-visible sync status: connected / N edits pending / offline — reconnecting in Ns. */
export class StatusView {
  private timer: number | undefined;

  constructor(private readonly node: HTMLElement, private readonly session: RoomSession) {}

  update(): void {
    const link = this.session.link;
    const pending = (this.session.code?.pendingEdits() ?? 0) + (this.session.notes?.pendingEdits() ?? 0);
    const pendingText = pending === 0 ? '' : ` — ${pending} edit${pending === 1 ? '' : 's'} not yet saved`;
    window.clearTimeout(this.timer);
    let state: string;
    let text: string;
    switch (link.kind) {
      case 'connecting':
        state = 'connecting'; text = `Connecting…${pendingText}`; break;
      case 'stopped':
        state = 'stopped'; text = 'Disconnected'; break;
      case 'offline': {
        const seconds = Math.max(0, Math.ceil((link.retryAt - Date.now()) / 1000));
        state = 'offline'; text = `Offline — reconnecting in ${seconds}s${pendingText}`;
        this.timer = window.setTimeout(() => this.update(), 250);
        break;
      }
      case 'open':
        if (!this.session.live()) { state = 'connecting'; text = `Syncing…${pendingText}`; }
        else if (pending > 0) { state = 'pending'; text = `${pending} edit${pending === 1 ? '' : 's'} pending`; }
        else { state = 'connected'; text = 'Connected'; }
        break;
    }
    this.node.dataset['state'] = state;
    this.node.textContent = text;
  }
}
