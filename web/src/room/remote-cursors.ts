import type { TextOperation } from '../ot/text-operation';
import { monaco } from './monaco-setup';
import type { Range } from './protocol';

type Editor = monaco.editor.IStandaloneCodeEditor;

interface RemoteCursor {
  name: string;
  color: string;
  ranges: Range[]; // offsets in the local text
  decorations: monaco.editor.IEditorDecorationsCollection;
  label: monaco.editor.IContentWidget & { node: HTMLElement; position: monaco.IPosition };
  idleTimer?: number;
}

const LABEL_IDLE_MS = 3000;

/**
 * Other people's cursors and selections, drawn in their colour with their name on the caret.
 * Positions are kept in local-text offsets and moved through every change of the text.
 */
export class RemoteCursors {
  private readonly cursors = new Map<string, RemoteCursor>();
  private readonly styles = document.createElement('style');
  private readonly styled = new Set<string>();

  constructor(private readonly editor: Editor) {
    document.head.append(this.styles);
  }

  set(clientId: string, name: string, color: string, ranges: Range[]): void {
    let cursor = this.cursors.get(clientId);
    if (cursor === undefined) {
      cursor = this.create(clientId, name, color);
      this.cursors.set(clientId, cursor);
    }
    cursor.ranges = ranges;
    this.render(cursor);
  }

  remove(clientId: string): void {
    const cursor = this.cursors.get(clientId);
    if (cursor === undefined) return;
    cursor.decorations.clear();
    window.clearTimeout(cursor.idleTimer);
    this.editor.removeContentWidget(cursor.label);
    this.cursors.delete(clientId);
  }

  clear(): void {
    for (const id of [...this.cursors.keys()]) this.remove(id);
  }

  /** The text changed by `op`: move every cursor with it. */
  transform(op: TextOperation): void {
    for (const cursor of this.cursors.values()) {
      cursor.ranges = cursor.ranges.map((r) => ({ anchor: op.transformIndex(r.anchor), head: op.transformIndex(r.head) }));
      this.render(cursor);
    }
  }

  private create(clientId: string, name: string, color: string): RemoteCursor {
    const cls = this.classFor(color);
    const node = document.createElement('div');
    node.className = `remote-label ${cls}-label`;
    node.dataset['testid'] = 'remote-cursor-label';
    node.dataset['clientId'] = clientId;
    node.textContent = name;
    const label = {
      node,
      position: { lineNumber: 0, column: 0 }, // not a real position: the first render counts as a move
      getId: () => `remote-label-${clientId}`,
      getDomNode: () => node,
      getPosition(): monaco.editor.IContentWidgetPosition {
        return {
          position: this.position,
          preference: [monaco.editor.ContentWidgetPositionPreference.ABOVE, monaco.editor.ContentWidgetPositionPreference.BELOW],
        };
      },
    };
    this.editor.addContentWidget(label);
    return { name, color, ranges: [], decorations: this.editor.createDecorationsCollection(), label };
  }

  private render(cursor: RemoteCursor): void {
    const model = this.editor.getModel();
    if (model === null) return;
    const cls = this.classFor(cursor.color);
    const max = model.getValueLength();
    const clamp = (n: number) => Math.max(0, Math.min(n, max));
    const decorations: monaco.editor.IModelDeltaDecoration[] = [];
    for (const r of cursor.ranges) {
      const a = model.getPositionAt(clamp(r.anchor));
      const h = model.getPositionAt(clamp(r.head));
      if (r.anchor !== r.head) {
        decorations.push({ range: monaco.Range.fromPositions(a, h), options: { className: `${cls}-selection` } });
      }
      decorations.push({
        range: monaco.Range.fromPositions(h, h),
        options: { beforeContentClassName: `remote-caret ${cls}-caret`, stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
      });
    }
    cursor.decorations.set(decorations);
    const first = cursor.ranges[0];
    if (first !== undefined) {
      const position = model.getPositionAt(clamp(first.head));
      const moved = position.lineNumber !== cursor.label.position.lineNumber || position.column !== cursor.label.position.column;
      cursor.label.position = position;
      this.editor.layoutContentWidget(cursor.label);
      if (moved) this.wake(cursor);
    }
  }

  /** The name label is bold while its owner moves and fades when idle, so it hides little code. */
  private wake(cursor: RemoteCursor): void {
    const node = cursor.label.node;
    node.classList.remove('idle');
    window.clearTimeout(cursor.idleTimer);
    cursor.idleTimer = window.setTimeout(() => node.classList.add('idle'), LABEL_IDLE_MS);
  }

  /** A CSS class per colour; colours come from the server, so only #rgb/#rrggbb are accepted. */
  private classFor(color: string): string {
    const safe = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(color) ? color : '#888888';
    const cls = `rc-${safe.slice(1).toLowerCase()}`;
    if (!this.styled.has(cls)) {
      this.styled.add(cls);
      this.styles.append(
        `.${cls}-selection{background:${safe}40;}` +
        `.${cls}-caret{border-left:2px solid ${safe};margin-left:-1px;}` +
        `.${cls}-label{background:${safe};}\n`,
      );
    }
    return cls;
  }
}
