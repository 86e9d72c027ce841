import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TextOperation, type WireItem } from '../src/ot/text-operation';

/** The vectors generated from the Java engine (api module): both implementations must agree on every case. */
const file = fileURLToPath(new URL('../../api/src/test/resources/ot-vectors.json', import.meta.url));

interface Case {
  name: string; doc: string; a: WireItem[]; b: WireItem[]; c: WireItem[]; apply: string; compose: WireItem[];
  composeApply: string; transform: [WireItem[], WireItem[]]; converged: string; invert: WireItem[]; cursors: [number, number][];
}
interface Invalid { name: string; doc: string; op: unknown; error: string }
const vectors = JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[]; invalid: Invalid[] };

describe('ot-vectors.json (shared with the Java engine)', () => {
  it('has cases to check', () => {
    expect(vectors.cases.length).toBeGreaterThan(100);
    expect(vectors.invalid.length).toBeGreaterThan(5);
  });

  it.each(vectors.cases.map((c, i) => [`${i}: ${c.name}`, c] as const))('%s', (_label, c) => {
    const a = TextOperation.fromWire(c.a);
    const b = TextOperation.fromWire(c.b);
    const next = TextOperation.fromWire(c.c);
    expect(a.apply(c.doc)).toBe(c.apply);
    expect(a.compose(next).toWire()).toEqual(c.compose);
    expect(next.apply(c.apply)).toBe(c.composeApply);
    const { left, right } = TextOperation.transform(a, b);
    expect([left.toWire(), right.toWire()]).toEqual(c.transform);
    expect(right.apply(c.apply)).toBe(c.converged);
    expect(left.apply(b.apply(c.doc))).toBe(c.converged);
    expect(a.invert(c.doc).toWire()).toEqual(c.invert);
    for (const [offset, moved] of c.cursors) expect(a.transformIndex(offset), `cursor ${offset}`).toBe(moved);
  });

  it.each(vectors.invalid.map((v) => [`${v.name} (${v.error})`, v] as const))('refuses %s', (_label, v) => {
    expect(() => TextOperation.fromWire(v.op).apply(v.doc)).toThrow();
  });
});
