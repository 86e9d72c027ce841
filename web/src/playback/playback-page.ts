import { ApiError, languages, roomHistory, roomState } from '../api';
import { el } from '../dom';
import { monaco } from '../room/monaco-setup';
import { Player, SPEEDS, type Speed } from './player';
import { Replay, UNKNOWN, type Step } from './replay';
import { Timeline } from './timeline';

/** Playback `/r/{id}/playback#k={interviewerKey}`: the whole session replayed in a read-only editor. */
export async function showPlayback(root: HTMLElement, roomId: string): Promise<void> {
  const key = new URLSearchParams(window.location.hash.slice(1)).get('k') ?? '';
  const fail = (text: string) => root.replaceChildren(el('main', { class: 'home' },
    el('div', { class: 'card banner error', 'data-testid': 'playback-error', role: 'alert' }, text)));
  if (key === '') return fail('This link has no key. Open the playback link from the interviewer view (it ends in #k=…).');
  let replay: Replay;
  let title: string;
  let language: string;
  try {
    const room = await roomState(roomId, key);
    const history = await roomHistory(roomId, key);
    const ops = history.ops.filter((e) => e.rev <= room.rev);
    replay = typeof history.code === 'string' && history.from === 0
      ? Replay.fromStart(history.code, ops)
      : Replay.fromFinal(room.code, ops);
    title = room.title;
    language = room.language;
  } catch (e) {
    if (e instanceof ApiError && e.status === 403) {
      return fail('Playback is only for interviewers: this link carries the candidate key. Open it with the interviewer link.');
    }
    if (e instanceof ApiError && e.status === 401) return fail('The key in this link does not open this interview, so its playback cannot be shown.');
    if (e instanceof ApiError) return fail(e.message);
    return fail(`The playback cannot be shown: ${(e as Error).message}.`);
  }
  const editorLanguage = (await languages().catch(() => [])).find((l) => l.id === language)?.editorLanguage ?? language;
  new PlaybackUi(root, roomId, key, title, editorLanguage, replay);
}

class PlaybackUi {
  private readonly playButton = el('button', { type: 'button', class: 'primary', 'data-testid': 'playback-play' }, 'Play');
  private readonly speedSelect = el('select', { 'data-testid': 'playback-speed', 'aria-label': 'Speed' },
    ...SPEEDS.map((s) => el('option', { value: String(s) }, `${s}×`)));
  private readonly scrubber = el('input', { type: 'range', min: '0', step: '1', 'data-testid': 'playback-scrubber', 'aria-label': 'Revision' });
  private readonly endButton = el('button', { type: 'button', 'data-testid': 'playback-end' }, 'Jump to end');
  private readonly position = el('span', { class: 'playback-position', 'data-testid': 'playback-position' });
  private readonly author = el('span', { class: 'playback-author', 'data-testid': 'playback-author' });
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly model: monaco.editor.ITextModel;
  private readonly highlight: monaco.editor.IEditorDecorationsCollection;
  private readonly player: Player;
  private shownText: string;

  constructor(root: HTMLElement, roomId: string, key: string, title: string, editorLanguage: string, private readonly replay: Replay) {
    const steps = replay.steps.length;
    this.scrubber.max = String(steps);
    const editorHost = el('div', { class: 'editor', 'data-testid': 'editor' });
    const heading = `Playback — ${title === '' ? 'Untitled interview' : title}`;
    document.title = `${heading} — Pairpad`;
    const notice = el('div', { class: 'banner', 'data-testid': 'playback-notice' },
      `${replay.unknownUnits} character(s) of the starting code were deleted during the interview; the history keeps only what was typed, so they are shown as ${UNKNOWN}.`);
    notice.hidden = replay.unknownUnits === 0;
    root.replaceChildren(el('div', { class: 'room playback' },
      el('header', { class: 'topbar' }, el('a', { href: '/', class: 'logo' }, 'Pairpad'), el('h1', { class: 'room-title' }, heading),
        el('span', { class: 'spacer' }),
        el('a', { class: 'button', href: `/r/${encodeURIComponent(roomId)}#k=${encodeURIComponent(key)}` }, 'Back to the room')),
      notice,
      el('div', { class: 'workspace' }, editorHost,
        el('aside', { class: 'side' },
          el('section', { class: 'panel' }, el('div', { class: 'panel-title' }, 'Who wrote what'), this.authorList()),
          el('section', { class: 'panel' }, el('div', { class: 'panel-title' }, 'This change'), this.author, this.position))),
      el('footer', { class: 'playback-controls' }, this.playButton, this.scrubber, this.speedSelect, this.endButton)));
    this.model = monaco.editor.createModel(replay.textAt(0), editorLanguage);
    this.shownText = this.model.getValue();
    this.editor = monaco.editor.create(editorHost, {
      model: this.model, theme: 'pairpad-dark', automaticLayout: true, fontSize: 14, readOnly: true,
      minimap: { enabled: false }, scrollBeyondLastLine: false, domReadOnly: true,
    });
    this.highlight = this.editor.createDecorationsCollection();
    this.player = new Player(new Timeline(replay.steps.map((s) => s.time)), {
      now: () => performance.now(),
      schedule: (action, ms) => { const t = window.setTimeout(action, ms); return () => window.clearTimeout(t); },
      show: (n) => this.show(n),
      playingChanged: (playing) => { this.playButton.textContent = playing ? 'Pause' : 'Play'; },
    });
    this.playButton.addEventListener('click', () => this.player.toggle());
    this.speedSelect.addEventListener('change', () => this.player.setSpeed(Number(this.speedSelect.value) as Speed));
    this.scrubber.addEventListener('input', () => this.player.seek(Number(this.scrubber.value)));
    this.endButton.addEventListener('click', () => { this.player.pause(); this.player.seek(steps); });
    document.addEventListener('keydown', (e) => {
      if (e.key === ' ' && document.activeElement !== this.scrubber && !(document.activeElement instanceof HTMLButtonElement)) {
        e.preventDefault();
        this.player.toggle();
      }
    });
    window.pairpad = { text: () => this.model.getValue(), notes: () => undefined };
    this.show(0);
  }

  private authorList(): HTMLElement {
    const counts = new Map<string, number>();
    for (const s of this.replay.steps) counts.set(s.author.clientId, (counts.get(s.author.clientId) ?? 0) + 1);
    const list = el('ul', { class: 'participants', 'data-testid': 'playback-authors' });
    list.append(...this.replay.authors.map((a) => el('li', { 'data-testid': 'playback-author-entry' }, dot(a.color),
      el('span', { class: 'name' }, a.name), el('span', { class: 'role' }, `${counts.get(a.clientId) ?? 0} edits`))));
    if (this.replay.authors.length === 0) list.append(el('li', {}, 'Nobody edited the code.'));
    return list;
  }

  private show(n: number): void {
    const text = this.replay.textAt(n);
    this.replaceText(text);
    this.scrubber.value = String(n);
    const total = this.replay.steps.length;
    const step = n > 0 ? this.replay.steps[n - 1] : undefined;
    this.position.textContent = step === undefined
      ? `Start — ${total} change${total === 1 ? '' : 's'} recorded`
      : `Change ${n} of ${total} (revision ${step.rev}) at ${new Date(step.time).toLocaleTimeString()}`;
    if (step === undefined) {
      this.author.replaceChildren('Before the first change');
      this.highlight.clear();
    } else {
      this.author.replaceChildren(dot(step.author.color), step.author.name);
      this.author.style.borderColor = step.author.color;
      this.mark(step);
    }
  }

  /** Edits only the changed middle of the text, so the view stays where it was. */
  private replaceText(text: string): void {
    const old = this.shownText;
    if (old === text) return;
    let prefix = 0;
    const max = Math.min(old.length, text.length);
    while (prefix < max && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
    const from = this.model.getPositionAt(prefix);
    const to = this.model.getPositionAt(old.length - suffix);
    this.model.applyEdits([{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: text.slice(prefix, text.length - suffix) }]);
    this.shownText = text;
  }

  /** Highlights what `step` inserted (or where it deleted) in its author's colour, named. */
  private mark(step: Step): void {
    const cls = authorClass(step.author.color);
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    let index = 0;
    for (const item of step.op.toWire()) {
      if (typeof item === 'number' && item > 0) { index += item; continue; }
      const length = typeof item === 'string' ? item.length : 0;
      const from = this.model.getPositionAt(index);
      const to = this.model.getPositionAt(index + length);
      decorations.push({
        range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column),
        options: { className: `${cls} playback-change`, beforeContentClassName: length === 0 ? `${cls}-caret` : undefined, hoverMessage: { value: step.author.name } },
      });
      index += length;
    }
    const last = decorations[decorations.length - 1];
    // The author's name right after the change, like a named cursor.
    if (last !== undefined) last.options = { ...last.options, after: { content: step.author.name, inlineClassName: `${cls}-label playback-label` } };
    this.highlight.set(decorations);
    if (last !== undefined && this.player !== undefined && this.player.playing()) this.editor.revealRangeInCenterIfOutsideViewport(last.range);
  }
}

function dot(color: string): HTMLElement {
  const node = el('span', { class: 'dot' });
  node.style.background = /^#[0-9a-fA-F]{3,8}$/.test(color) ? color : '#888';
  return node;
}

const styled = new Set<string>();
/** A CSS class painting text in `color` (translucent background), created on first use. */
function authorClass(color: string): string {
  const name = `pp-author-${color.replace(/[^0-9a-fA-F]/g, '')}`;
  if (!styled.has(name)) {
    styled.add(name);
    const style = document.createElement('style');
    style.textContent = `.${name} { background: ${color}55; border-bottom: 2px solid ${color}; }
.${name}-caret { border-left: 2px solid ${color}; margin-left: -1px; }
.${name}-label { background: ${color}; }`;
    document.head.append(style);
  }
  return name;
}
