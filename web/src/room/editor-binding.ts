import type { TextOperation } from '../ot/text-operation';
import { changesToOp, diffOp } from './text-changes';
import { monaco } from './monaco-setup';
import type { SharedDoc } from './shared-doc';

type Editor = monaco.editor.IStandaloneCodeEditor;
type Model = monaco.editor.ITextModel;

/** The source of selection changes made because of others' edits (not worth telling anyone). */
export const REMOTE_SOURCE = 'pairpad-remote';

/**
 * Keeps a Monaco model and a {@link SharedDoc} equal: user edits (typing, paste, multi-cursor)
 * become ops; remote ops become model edits outside Monaco's undo stack, with the local
 * selections moved by OT rather than by Monaco's guesses. The model's EOL is always LF.
 */
export class EditorBinding {
  private applying = false;

  constructor(
    private readonly editor: Editor,
    private readonly model: Model,
    private readonly doc: () => SharedDoc,
    private readonly failed: (error: Error) => void,
  ) {
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    model.onDidChangeContent((e) => {
      if (this.applying) return;
      const shared = this.doc();
      const before = shared.value();
      let op = changesToOp(before, e.changes);
      const now = model.getValue();
      if (op.targetLength !== now.length || op.apply(before) !== now) op = diffOp(before, now);
      if (op.isNoop()) return;
      try {
        shared.local(op, true, now); // `now` is what op makes of `before`, as checked just above
      } catch (e) {
        this.failed(e as Error); // the text can no longer be trusted: start over from the server's
      }
    });
  }

  /** Replaces the whole text (a fresh welcome); CRLF in it is normalised by a local op. */
  load(text: string): void {
    // A reload after a resync keeps this user's caret where it was (as far as the new text allows).
    const caret = this.editor.hasTextFocus() ? this.editor.getPosition() : null;
    const offset = caret === null ? undefined : this.model.getOffsetAt(caret);
    this.withoutEvents(() => this.model.setValue(text));
    if (offset !== undefined) this.editor.setPosition(this.model.getPositionAt(Math.min(offset, text.length)), REMOTE_SOURCE);
    this.normalise();
  }

  /** Applies a remote op to the model, keeping this user's selections where OT puts them. */
  showRemote(op: TextOperation, before: string): void {
    const selections = this.editor.getSelections() ?? [];
    const heads = selections.map((s) => this.model.getOffsetAt(s.getPosition()));
    const anchors = selections.map((s) => this.model.getOffsetAt({ lineNumber: s.selectionStartLineNumber, column: s.selectionStartColumn }));
    this.withoutEvents(() => this.model.applyEdits(this.toEdits(op, before)));
    if (selections.length > 0 && this.editor.hasTextFocus()) {
      this.editor.setSelections(selections.map((_, i) => {
        const a = this.model.getPositionAt(op.transformIndex(anchors[i]!));
        const h = this.model.getPositionAt(op.transformIndex(heads[i]!));
        return new monaco.Selection(a.lineNumber, a.column, h.lineNumber, h.column);
      }), REMOTE_SOURCE);
    }
    if (op.toWire().some((item) => typeof item === 'string' && item.includes('\r'))) this.normalise();
  }

  /** Applies one of this user's own ops that did not come from typing (undo, redo). */
  applyOwn(op: TextOperation): void {
    const shared = this.doc();
    const before = shared.value();
    this.withoutEvents(() => this.model.pushEditOperations(this.editor.getSelections(), this.toEdits(op, before), () => null));
    shared.local(op, false);
    const caret = this.model.getPositionAt(lastTouched(op));
    this.editor.setPosition(caret);
    this.editor.revealPositionInCenterIfOutsideViewport(caret);
  }

  /** If the model's text differs from the document (CR characters dropped), share the difference. */
  private normalise(): void {
    const now = this.model.getValue();
    const shared = this.doc();
    if (now !== shared.value()) shared.local(diffOp(shared.value(), now), false);
  }

  private toEdits(op: TextOperation, before: string): monaco.editor.IIdentifiedSingleEditOperation[] {
    const edits: monaco.editor.IIdentifiedSingleEditOperation[] = [];
    const items = op.toWire();
    let index = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (typeof item === 'number' && item > 0) { index += item; continue; }
      let text: string | null = null;
      let removed = 0;
      if (typeof item === 'string') {
        text = item;
        const next = items[i + 1];
        if (typeof next === 'number' && next < 0) { removed = -next; i++; }
      } else {
        removed = -item;
      }
      const from = this.model.getPositionAt(index);
      const to = this.model.getPositionAt(index + removed);
      edits.push({ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text });
      index += removed;
    }
    if (index !== before.length) throw new Error(`op base ${index} does not match document length ${before.length}`);
    return edits;
  }

  private withoutEvents(action: () => void): void {
    this.applying = true;
    try { action(); } finally { this.applying = false; }
  }
}

/** The offset just after the last insert, or at the last delete, of an op (where undo leaves the caret). */
function lastTouched(op: TextOperation): number {
  let index = 0;
  let last = 0;
  for (const item of op.toWire()) {
    if (typeof item === 'number' && item > 0) index += item;
    else if (typeof item === 'string') { index += item.length; last = index; }
    else last = index;
  }
  return last;
}
