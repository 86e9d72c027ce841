/**
 * An immutable text operation over UTF-16 code units, with the same semantics as the Java
 * `dev.pairpad.api.ot.TextOperation` and the wire format of PROTOCOL.md: a list of positive
 * integers (retain), non-empty strings (insert) and negative integers (delete).
 */
export type WireItem = number | string;

export class InvalidOperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidOperationError';
  }
}

const isRetain = (item: WireItem): item is number => typeof item === 'number' && item > 0;
const isInsert = (item: WireItem): item is string => typeof item === 'string';
const isDelete = (item: WireItem): item is number => typeof item === 'number' && item < 0;

/** Accumulates items in canonical form: neighbours merged, inserts before adjacent deletes. */
export class OperationBuilder {
  private readonly items: WireItem[] = [];
  private base = 0;
  private target = 0;

  retain(n: number): this {
    checkCount(n, 'retain');
    if (n === 0) return this;
    this.base += n;
    this.target += n;
    const last = this.items.length - 1;
    if (last >= 0 && isRetain(this.items[last]!)) this.items[last] = (this.items[last] as number) + n;
    else this.items.push(n);
    return this;
  }

  insert(s: string): this {
    if (s.length === 0) return this;
    this.target += s.length;
    const items = this.items;
    const last = items.length - 1;
    if (last >= 0 && isInsert(items[last]!)) {
      items[last] = (items[last] as string) + s;
    } else if (last >= 0 && isDelete(items[last]!)) {
      if (last >= 1 && isInsert(items[last - 1]!)) items[last - 1] = (items[last - 1] as string) + s;
      else items.splice(last, 0, s);
    } else {
      items.push(s);
    }
    return this;
  }

  delete(n: number): this {
    checkCount(n, 'delete');
    if (n === 0) return this;
    this.base += n;
    const last = this.items.length - 1;
    if (last >= 0 && isDelete(this.items[last]!)) this.items[last] = (this.items[last] as number) - n;
    else this.items.push(-n);
    return this;
  }

  build(): TextOperation {
    return new TextOperation([...this.items], this.base, this.target);
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function checkBoundary(doc: string, index: number): void {
  const before = doc.charCodeAt(index - 1);
  const after = doc.charCodeAt(index);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) {
    throw new InvalidOperationError(`edit at offset ${index} splits a surrogate pair`);
  }
}

function checkCount(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new InvalidOperationError(`${what} count must be a non-negative integer, was ${n}`);
  }
}

export class TextOperation {
  /** @internal use {@link TextOperation.builder} or {@link TextOperation.fromWire}. */
  constructor(
    private readonly items: readonly WireItem[],
    readonly baseLength: number,
    readonly targetLength: number,
  ) {}

  static builder(): OperationBuilder {
    return new OperationBuilder();
  }

  /** Parses the wire array; throws InvalidOperationError for anything that is not one. */
  static fromWire(value: unknown): TextOperation {
    if (!Array.isArray(value)) throw new InvalidOperationError('operation must be a JSON array');
    const b = TextOperation.builder();
    for (const item of value) {
      if (typeof item === 'string') {
        if (item.length === 0) throw new InvalidOperationError('insert must not be empty');
        b.insert(item);
      } else if (typeof item === 'number' && Number.isInteger(item) && item !== 0) {
        if (item > 0) b.retain(item);
        else b.delete(-item);
      } else {
        throw new InvalidOperationError(`operation item must be a non-zero integer or a string, was ${JSON.stringify(item)}`);
      }
    }
    return b.build();
  }

  toWire(): WireItem[] {
    return [...this.items];
  }

  isNoop(): boolean {
    return this.items.length === 0 || (this.items.length === 1 && isRetain(this.items[0]!));
  }

  /** The document after this op; refuses ops that do not span `doc` or would break a surrogate pair. */
  apply(doc: string): string {
    if (doc.length !== this.baseLength) {
      throw new InvalidOperationError(`operation base length ${this.baseLength} does not match document length ${doc.length}`);
    }
    const out: string[] = [];
    let index = 0;
    for (const item of this.items) {
      if (isRetain(item)) {
        out.push(doc.slice(index, index + item));
        index += item;
        continue;
      }
      checkBoundary(doc, index);
      if (isInsert(item)) {
        if (LONE_SURROGATE.test(item)) throw new InvalidOperationError(`insert at ${index} contains an unpaired surrogate`);
        out.push(item);
      } else {
        index -= item;
        checkBoundary(doc, index);
      }
    }
    return out.join('');
  }

  /** The operation that undoes this one when applied to `apply(doc)`. */
  invert(doc: string): TextOperation {
    const b = TextOperation.builder();
    let index = 0;
    for (const item of this.items) {
      if (isRetain(item)) {
        b.retain(item);
        index += item;
      } else if (isInsert(item)) {
        b.delete(item.length);
      } else {
        b.insert(doc.slice(index, index - item));
        index -= item;
      }
    }
    return b.build();
  }

  /** One operation with the effect of this one followed by `next`. */
  compose(next: TextOperation): TextOperation {
    if (this.targetLength !== next.baseLength) {
      throw new InvalidOperationError(`compose: target length ${this.targetLength} does not match next base length ${next.baseLength}`);
    }
    const b = TextOperation.builder();
    const a = new Cursor(this.items);
    const c = new Cursor(next.items);
    while (!a.done() || !c.done()) {
      if (a.isDelete()) { b.delete(a.take(a.size())); continue; }
      if (c.isInsert()) { b.insert(c.takeText(c.size())); continue; }
      if (a.done() || c.done()) throw new InvalidOperationError('compose: operations do not line up');
      const n = Math.min(a.size(), c.size());
      if (a.isRetain() && c.isRetain()) { a.take(n); c.take(n); b.retain(n); }
      else if (a.isInsert() && c.isDelete()) { a.take(n); c.take(n); }
      else if (a.isInsert() && c.isRetain()) { b.insert(a.takeText(n)); c.take(n); }
      else { a.take(n); c.take(n); b.delete(n); } // retain then delete
    }
    return b.build();
  }

  /**
   * Transforms two concurrent operations on the same document: `a.compose(right)` equals
   * `b.compose(left)`. At equal positions `a`'s insert goes first.
   */
  static transform(a: TextOperation, b: TextOperation): { left: TextOperation; right: TextOperation } {
    if (a.baseLength !== b.baseLength) {
      throw new InvalidOperationError(`transform: base lengths ${a.baseLength} and ${b.baseLength} differ`);
    }
    const left = TextOperation.builder();
    const right = TextOperation.builder();
    const x = new Cursor(a.items);
    const y = new Cursor(b.items);
    while (!x.done() || !y.done()) {
      if (x.isInsert()) {
        const s = x.takeText(x.size());
        left.insert(s);
        right.retain(s.length);
        continue;
      }
      if (y.isInsert()) {
        const s = y.takeText(y.size());
        left.retain(s.length);
        right.insert(s);
        continue;
      }
      if (x.done() || y.done()) throw new InvalidOperationError('transform: operations do not line up');
      const n = Math.min(x.size(), y.size());
      if (x.isRetain() && y.isRetain()) { left.retain(n); right.retain(n); }
      else if (x.isDelete() && y.isDelete()) { /* both deleted it */ }
      else if (x.isDelete()) { left.delete(n); }
      else { right.delete(n); }
      x.take(n);
      y.take(n);
    }
    return { left: left.build(), right: right.build() };
  }

  /** Where a position in the base document ends up after this operation (inserts at it push it right). */
  transformIndex(index: number): number {
    let remaining = index;
    let result = index;
    for (const item of this.items) {
      if (remaining < 0) break;
      if (isRetain(item)) {
        remaining -= item;
      } else if (isInsert(item)) {
        result += item.length;
      } else {
        result -= Math.min(remaining, -item);
        remaining += item;
      }
    }
    return result;
  }
}

/** Walks operation items, allowing partial consumption of the current item. */
class Cursor {
  private index = 0;
  private offset = 0;

  constructor(private readonly items: readonly WireItem[]) {}

  done(): boolean { return this.index >= this.items.length; }
  private current(): WireItem | undefined { return this.items[this.index]; }
  isRetain(): boolean { const c = this.current(); return c !== undefined && isRetain(c); }
  isInsert(): boolean { const c = this.current(); return c !== undefined && isInsert(c); }
  isDelete(): boolean { const c = this.current(); return c !== undefined && isDelete(c); }

  size(): number {
    const c = this.current();
    if (c === undefined) return 0;
    return (typeof c === 'string' ? c.length : Math.abs(c)) - this.offset;
  }

  take(n: number): number {
    this.offset += n;
    if (this.size() === 0) { this.index++; this.offset = 0; }
    return n;
  }

  takeText(n: number): string {
    const s = (this.current() as string).slice(this.offset, this.offset + n);
    this.take(n);
    return s;
  }
}
