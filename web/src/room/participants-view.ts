import { el } from '../dom';
import type { Participant } from './protocol';

/** The participant list: a colour dot, the name, the role; this user marked "(you)". */
export function renderParticipants(list: HTMLElement, people: readonly Participant[], selfId: string | undefined): void {
  const sorted = [...people].sort((a, b) => (a.clientId === selfId ? -1 : b.clientId === selfId ? 1 : a.name.localeCompare(b.name)));
  list.replaceChildren(...sorted.map((p) => {
    const dot = el('span', { class: 'dot' });
    dot.style.background = /^#[0-9a-fA-F]{3,8}$/.test(p.color) ? p.color : '#888';
    const name = el('span', { class: 'name' }, p.name + (p.clientId === selfId ? ' (you)' : ''));
    return el('li', { 'data-testid': 'participant', 'data-client-id': p.clientId, 'data-role': p.role },
      dot, name, el('span', { class: `role role-${p.role}` }, p.role));
  }));
}
