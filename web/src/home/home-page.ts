import { createRoom, languages, type CreatedRoom } from '../api';
import { copyText, el } from '../dom';

/** Home `/`: create an interview, then show both links with copy buttons. */
export function showHome(root: HTMLElement): void {
  const title = el('input', { id: 'title', name: 'title', placeholder: 'e.g. Backend pairing — Ada L.', maxlength: '200', autocomplete: 'off' });
  const language = el('select', { id: 'language', name: 'language', 'data-testid': 'language' });
  const create = el('button', { type: 'submit', class: 'primary', 'data-testid': 'create-room' }, 'Create interview');
  const message = el('p', { class: 'message', role: 'alert' });
  const result = el('section', { class: 'result', hidden: '' });
  const form = el('form', { class: 'card create' },
    el('h2', {}, 'New interview'),
    el('label', { for: 'title' }, 'Title'), title,
    el('label', { for: 'language' }, 'Language'), language,
    create, message);

  root.replaceChildren(el('main', { class: 'home' },
    el('header', { class: 'hero' },
      el('h1', {}, 'Pairpad'),
      el('p', {}, 'Live coding interviews you host yourself: one shared editor, named cursors, runs in the browser.')),
    form, result));

  create.disabled = true;
  languages().then((list) => {
    language.replaceChildren(...list.map((l) => el('option', { value: l.id }, l.name)));
    create.disabled = list.length === 0;
    if (list.length === 0) message.textContent = 'The server offers no languages.';
  }).catch((e: unknown) => { message.textContent = String((e as Error).message); });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    create.disabled = true;
    message.textContent = '';
    createRoom(title.value.trim(), language.value)
      .then((room) => showLinks(result, room))
      .catch((e: unknown) => { message.textContent = (e as Error).message; })
      .finally(() => { create.disabled = false; });
  });
}

function showLinks(result: HTMLElement, room: CreatedRoom): void {
  result.hidden = false;
  result.replaceChildren(el('div', { class: 'card' },
    el('h2', {}, room.title === '' ? 'Interview created' : room.title),
    linkRow('Candidate link', 'Send this to the candidate.', room.candidateUrl, 'candidate-link'),
    linkRow('Interviewer link', 'Keep this one: it can read notes and end the interview.', room.interviewerUrl, 'interviewer-link'),
    el('a', { class: 'button primary', href: room.interviewerUrl, 'data-testid': 'open-interviewer' }, 'Open interviewer view')));
}

function linkRow(label: string, hint: string, url: string, testId: string): HTMLElement {
  const field = el('input', { readonly: '', value: url, 'data-testid': testId, 'aria-label': label });
  const copy = el('button', { type: 'button', class: 'copy', 'data-testid': `copy-${testId}` }, 'Copy');
  copy.addEventListener('click', () => {
    void copyText(url, field).then((ok) => {
      copy.textContent = ok ? 'Copied' : 'Press Ctrl+C';
      window.setTimeout(() => { copy.textContent = 'Copy'; }, 1500);
    });
  });
  return el('div', { class: 'link-row' }, el('span', { class: 'link-label' }, label), el('span', { class: 'hint' }, hint),
    el('div', { class: 'link-field' }, field, copy));
}
