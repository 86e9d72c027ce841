import { el } from '../dom';

const KEY = 'pairpad.name';

/** The person's display name: asked once, then remembered in this browser. */
export function askName(root: HTMLElement): Promise<string> {
  const saved = window.localStorage.getItem(KEY)?.trim();
  if (saved) return Promise.resolve(saved);
  return new Promise((resolve) => {
    const input = el('input', { id: 'name', maxlength: '60', autocomplete: 'name', required: '', 'data-testid': 'name-input', placeholder: 'Your name' });
    const form = el('form', { class: 'card name-card' },
      el('h2', {}, 'Join the interview'),
      el('label', { for: 'name' }, 'Your name, as others will see it'),
      input,
      el('button', { type: 'submit', class: 'primary', 'data-testid': 'join' }, 'Join'));
    const overlay = el('div', { class: 'overlay' }, form);
    root.append(overlay);
    input.focus();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const name = input.value.trim();
      if (name === '') return;
      window.localStorage.setItem(KEY, name);
      overlay.remove();
      resolve(name);
    });
  });
}
