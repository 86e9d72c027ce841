import type { TextOperation } from '../ot/text-operation';
import { diffOp } from './text-changes';
import type { SharedDoc } from './shared-doc';

/** Keeps the interviewer's notes textarea and the `notes` document equal, caret included. */
export class NotesBinding {
  constructor(private readonly area: HTMLTextAreaElement, private readonly doc: () => SharedDoc | undefined) {
    area.addEventListener('input', () => {
      const shared = this.doc();
      if (shared === undefined) return;
      const value = area.value.replace(/\r\n?/g, '\n');
      const op = diffOp(shared.value(), value);
      if (!op.isNoop()) shared.local(op);
    });
  }

  load(text: string): void {
    this.area.value = text;
  }

  showRemote(op: TextOperation): void {
    const start = op.transformIndex(this.area.selectionStart);
    const end = op.transformIndex(this.area.selectionEnd);
    this.area.value = this.doc()?.value() ?? this.area.value;
    if (document.activeElement === this.area) this.area.setSelectionRange(start, end);
  }
}
