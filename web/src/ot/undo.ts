import { TextOperation } from './text-operation';

/**
 * Per-user, OT-aware undo (ot.js `undo-manager.js`): the stacks hold inverses of this user's
 * own edits, and every edit by someone else transforms them, so undo never removes another
 * person's text. Edits made within `groupMs` of each other form one undo step.
 */
export class UndoManager {
  private undoStack: TextOperation[] = [];
  private redoStack: TextOperation[] = [];
  private lastEditAt = -Infinity;

  constructor(private readonly groupMs = 800, private readonly maxItems = 500) {}

  canUndo(): boolean { return this.undoStack.length > 0; }

  /** Records a local edit `op` that was applied to `docBefore`. */
  recordLocal(op: TextOperation, docBefore: string, now: number): void {
    const inverse = op.invert(docBefore);
    const top = this.undoStack[this.undoStack.length - 1];
    if (top !== undefined && now - this.lastEditAt < this.groupMs) {
      this.undoStack[this.undoStack.length - 1] = inverse.compose(top);
    } else {
      this.undoStack.push(inverse);
      if (this.undoStack.length > this.maxItems) this.undoStack.shift();
    }
    this.lastEditAt = now;
    this.redoStack = [];
  }

  /** Someone else's edit `op` was applied to the local document. */
  transform(op: TextOperation): void {
    this.undoStack = transformStack(this.undoStack, op);
    this.redoStack = transformStack(this.redoStack, op);
  }

  /** Returns the op to apply as undo (a local edit) and moves its inverse to the redo stack. */
  undo(docNow: string): TextOperation | undefined {
    const op = this.undoStack.pop();
    if (op === undefined) return undefined;
    this.redoStack.push(op.invert(docNow));
    this.lastEditAt = -Infinity;
    return op;
  }

  redo(docNow: string): TextOperation | undefined {
    const op = this.redoStack.pop();
    if (op === undefined) return undefined;
    this.undoStack.push(op.invert(docNow));
    this.lastEditAt = -Infinity;
    return op;
  }
}

function transformStack(stack: TextOperation[], incoming: TextOperation): TextOperation[] {
  const result: TextOperation[] = [];
  let op = incoming;
  for (let i = stack.length - 1; i >= 0; i--) {
    const pair = TextOperation.transform(stack[i]!, op);
    if (!pair.left.isNoop()) result.push(pair.left);
    op = pair.right;
  }
  return result.reverse();
}
