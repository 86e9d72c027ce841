import { closeRoom, languages, type Language } from '../api';
import { el } from '../dom';
import { EditorBinding, REMOTE_SOURCE } from './editor-binding';
import { monaco } from './monaco-setup';
import { askName } from './name-prompt';
import { NotesBinding } from './notes-binding';
import { renderParticipants } from './participants-view';
import type { TextOperation } from '../ot/text-operation';
import type { Participant, Range, Role, RunEvent } from './protocol';
import { RemoteCursors } from './remote-cursors';
import { RoomSession, type RoomView } from './room-session';
import { RunPanel } from './run-panel';
import { StatusView } from './status-view';

/** Room `/r/{id}#k={key}`: editor, presence, status, language, notes, run, end interview. */
export async function showRoom(root: HTMLElement, roomId: string): Promise<void> {
  const params = new URLSearchParams(window.location.hash.slice(1));
  const key = params.get('k') ?? '';
  const observe = params.get('observe') === '1';
  if (key === '') {
    root.replaceChildren(el('main', { class: 'home' }, el('div', { class: 'card banner error' },
      'This link has no key. Open the full link you were given (it ends in #k=…).')));
    return;
  }
  const name = await askName(root);
  const ui = new RoomUi(root, roomId, key, name, observe);
  ui.start();
}

class RoomUi implements RoomView {
  private readonly title = el('h1', { class: 'room-title' }, 'Pairpad');
  private readonly languageSelect = el('select', { 'data-testid': 'language', 'aria-label': 'Language' });
  private readonly statusNode = el('span', { class: 'status', 'data-testid': 'status', role: 'status' });
  private readonly endButton = el('button', { type: 'button', class: 'danger', 'data-testid': 'end-interview', hidden: '' }, 'End interview');
  private readonly banner = el('div', { class: 'banner', hidden: '' });
  private readonly watchingBadge = el('span', { class: 'role', 'data-testid': 'observer-badge', title: 'You are watching: you cannot edit or run code.', hidden: '' }, 'watching · read-only');
  private readonly playbackLink = el('a', { class: 'button', 'data-testid': 'playback-link', target: '_blank', rel: 'noopener', hidden: '' }, 'Play back');
  private readonly messages = el('div', { class: 'messages', 'aria-live': 'assertive' });
  private readonly editorHost = el('div', { class: 'editor', 'data-testid': 'editor' });
  private readonly participantList = el('ul', { class: 'participants', 'data-testid': 'participants' });
  private readonly notesArea = el('textarea', { 'data-testid': 'notes', placeholder: 'Private notes — only interviewers see them.', spellcheck: 'true' });
  private readonly notesPanel = el('section', { class: 'panel notes-panel' }, el('div', { class: 'panel-title' }, 'Interviewer notes'), this.notesArea);
  private readonly side: HTMLElement;
  private readonly session: RoomSession;
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly model = monaco.editor.createModel('', 'plaintext');
  private readonly binding: EditorBinding;
  private readonly cursors: RemoteCursors;
  private readonly notes: NotesBinding;
  private readonly statusView: StatusView;
  private readonly runPanel: RunPanel;
  private languageList: Language[] = [];
  private languageId = '';
  private role: Role = 'candidate';
  private isClosed = false;

  constructor(root: HTMLElement, roomId: string, private readonly key: string, name: string, observe: boolean) {
    this.session = new RoomSession(roomId, key, name, this, observe);
    this.statusView = new StatusView(this.statusNode, this.session);
    this.runPanel = new RunPanel({
      language: () => this.languageList.find((l) => l.id === this.languageId),
      code: () => this.model.getValue(),
      share: (event) => this.session.sendRun(event),
      nameOf: (id) => this.session.participant(id)?.name ?? 'Someone',
      canRun: () => this.role !== 'observer',
    });
    root.replaceChildren(el('div', { class: 'room' },
      el('header', { class: 'topbar' }, el('a', { href: '/', class: 'logo' }, 'Pairpad'), this.title,
        el('span', { class: 'spacer' }), this.watchingBadge, this.languageSelect, this.statusNode, this.playbackLink, this.endButton),
      this.banner, this.messages,
      el('div', { class: 'workspace' }, this.editorHost,
        this.side = el('aside', { class: 'side' },
          el('section', { class: 'panel' }, el('div', { class: 'panel-title' }, 'People'), this.participantList),
          this.runPanel.node))));
    this.editor = monaco.editor.create(this.editorHost, {
      model: this.model, theme: 'pairpad-dark', automaticLayout: true, fontSize: 14,
      minimap: { enabled: false }, scrollBeyondLastLine: false, tabSize: 4, readOnly: true,
    });
    this.binding = new EditorBinding(this.editor, this.model, () => this.session.code!, (e) => {
      this.message(`Your last edit could not be applied (${e.message}); reloading the document from the server.`, false);
      this.session.resync();
    });
    this.cursors = new RemoteCursors(this.editor);
    this.notes = new NotesBinding(this.notesArea, () => this.session.notes);
    this.wireEditor();
    this.wireControls();
    window.pairpad = { text: () => this.model.getValue(), notes: () => this.session.notes?.value() };
  }

  start(): void {
    languages().then((list) => {
      this.languageList = list;
      this.languageSelect.replaceChildren(...list.map((l) => el('option', { value: l.id }, l.name)));
      if (this.languageId !== '') this.language(this.languageId);
    }).catch((e: unknown) => this.message((e as Error).message, false));
    this.session.start();
    this.statusView.update();
  }

  private wireEditor(): void {
    // Monaco's own Undo/Redo (command palette, menus, browser undo) would use its local stack, which knows
    // nothing of others' edits: every way into model.undo/redo goes to the per-user OT undo instead.
    const model = this.model as { undo(): void; redo(): void };
    model.undo = () => this.undoRedo('undo');
    model.redo = () => this.undoRedo('redo');
    const { KeyMod, KeyCode } = monaco;
    this.editor.addAction({
      id: 'pairpad.undo', label: 'Undo your last edit', contextMenuGroupId: '0_history', contextMenuOrder: 1,
      keybindings: [KeyMod.CtrlCmd | KeyCode.KeyZ], run: () => this.undoRedo('undo'),
    });
    this.editor.addAction({
      id: 'pairpad.redo', label: 'Redo your edit', contextMenuGroupId: '0_history', contextMenuOrder: 2,
      keybindings: [KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, KeyMod.CtrlCmd | KeyCode.KeyY], run: () => this.undoRedo('redo'),
    });
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, () => void this.runPanel.run());
    this.editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyS, () => this.message('No need to save: every edit is saved on the server as you type.', false));
    this.editor.onDidChangeCursorSelection((e) => {
      // Others move our cursor through their edits themselves: only our own moves are news.
      if (e.source === REMOTE_SOURCE || e.reason === monaco.editor.CursorChangeReason.RecoverFromMarkers) return;
      const ranges = (this.editor.getSelections() ?? []).map((s) => ({
        anchor: this.model.getOffsetAt({ lineNumber: s.selectionStartLineNumber, column: s.selectionStartColumn }),
        head: this.model.getOffsetAt(s.getPosition()),
      }));
      if (this.session.code !== undefined) this.session.select(ranges);
    });
  }

  private wireControls(): void {
    this.languageSelect.addEventListener('change', () => this.session.setLanguage(this.languageSelect.value));
    document.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter' && !this.editor.hasTextFocus()) void this.runPanel.run();
    });
    this.endButton.addEventListener('click', () => {
      if (this.endButton.dataset['confirm'] !== 'yes') {
        this.endButton.dataset['confirm'] = 'yes';
        this.endButton.textContent = 'Click again to end for everyone';
        window.setTimeout(() => { delete this.endButton.dataset['confirm']; this.endButton.textContent = 'End interview'; }, 4000);
        return;
      }
      this.endButton.disabled = true;
      closeRoom(this.session.id(), this.key).then(() => this.closed())
        .catch((e: unknown) => { this.endButton.disabled = false; this.message((e as Error).message, false); });
    });
  }

  private undoRedo(which: 'undo' | 'redo'): void {
    const doc = this.session.code;
    if (doc === undefined || this.isClosed || this.role === 'observer') return;
    const op = which === 'undo' ? doc.undo() : doc.redo();
    if (op !== undefined && !op.isNoop()) this.binding.applyOwn(op);
  }

  joined(info: { role: Role; title: string; language: string; closed: boolean }): void {
    this.role = info.role;
    this.title.textContent = info.title === '' ? 'Untitled interview' : info.title;
    document.title = `${this.title.textContent} — Pairpad`;
    const interviewer = info.role === 'interviewer';
    this.endButton.hidden = !interviewer;
    this.playbackLink.hidden = !interviewer;
    this.playbackLink.href = `/r/${encodeURIComponent(this.session.id())}/playback#k=${encodeURIComponent(this.key)}`;
    // Only interviewers get the notes pane at all (the server never sends notes to others).
    if (interviewer) this.side.append(this.notesPanel);
    else this.notesPanel.remove();
    const observer = info.role === 'observer';
    // Observers only watch: no language picker, no Run/Stop, no notes, no typing.
    this.languageSelect.disabled = observer;
    this.languageSelect.hidden = observer;
    this.runPanel.watchOnly(observer);
    this.watchingBadge.hidden = !observer;
    this.cursors.clear();
    this.language(info.language);
    this.isClosed = false;
    if (info.closed) this.closed();
    else this.editor.updateOptions({ readOnly: info.role === 'observer' });
  }

  codeLoaded(text: string): void { this.binding.load(text); }
  notesLoaded(text: string): void { this.notes.load(text); }

  remoteOp(doc: 'code' | 'notes', op: TextOperation, before: string): void {
    if (doc === 'code') this.binding.showRemote(op, before);
    else this.notes.showRemote(op);
  }

  changed(doc: 'code' | 'notes', op: TextOperation): void {
    if (doc === 'code') this.cursors.transform(op);
  }

  participants(list: readonly Participant[]): void {
    renderParticipants(this.participantList, list, this.session.clientId);
  }

  selection(clientId: string, ranges: Range[]): void {
    const p = this.session.participant(clientId);
    if (p !== undefined) this.cursors.set(clientId, p.name, p.color, ranges);
  }

  participantLeft(clientId: string): void { this.cursors.remove(clientId); }

  language(language: string): void {
    this.languageId = language;
    this.languageSelect.value = language;
    const editorLanguage = this.languageList.find((l) => l.id === language)?.editorLanguage ?? language;
    monaco.editor.setModelLanguage(this.model, editorLanguage);
  }

  run(clientId: string, event: RunEvent): void { this.runPanel.remote(clientId, event); }

  closed(): void {
    this.isClosed = true;
    this.editor.updateOptions({ readOnly: true });
    this.notesArea.readOnly = true;
    this.languageSelect.disabled = true;
    this.endButton.hidden = true;
    this.runPanel.runButton.disabled = true;
    this.banner.hidden = false;
    this.banner.dataset['testid'] = 'closed-banner';
    this.banner.replaceChildren('This interview has ended. The code is read-only.');
    if (this.role === 'interviewer') {
      const again = el('a', { href: this.playbackLink.href, target: '_blank', rel: 'noopener', 'data-testid': 'closed-playback-link' }, 'Play back the whole session');
      this.banner.append(' ', again);
    }
  }

  status(): void { this.statusView.update(); }

  message(text: string, fatal: boolean): void {
    if (fatal) {
      this.editor.updateOptions({ readOnly: true });
      this.banner.hidden = false;
      this.banner.classList.add('error');
      this.banner.dataset['testid'] = 'fatal-error';
      this.banner.textContent = text;
      return;
    }
    const note = el('div', { class: 'toast', 'data-testid': 'error-message', role: 'alert' }, text);
    this.messages.append(note);
    window.setTimeout(() => note.remove(), 6000);
  }
}
