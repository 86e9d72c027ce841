import { TextOperation } from '../src/ot/text-operation';

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ['a', 'b', 'x', ' ', '\n', 'é', '😀'];

export function randomText(rnd: () => number, max = 12): string {
  let s = '';
  const n = Math.floor(rnd() * max);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
  return s;
}

/** A random operation whose base is `doc`, never splitting a surrogate pair. */
export function randomOp(rnd: () => number, doc: string): TextOperation {
  const b = TextOperation.builder();
  let i = 0;
  while (i < doc.length) {
    let n = 1 + Math.floor(rnd() * Math.min(5, doc.length - i));
    const low = doc.charCodeAt(i + n);
    if (low >= 0xdc00 && low <= 0xdfff) n++;
    const r = rnd();
    if (r < 0.2) b.insert(randomText(rnd, 4) || 'q');
    if (r < 0.5) b.retain(n);
    else if (r < 0.8) b.delete(n);
    else { b.insert(randomText(rnd, 3)); b.retain(n); }
    i += n;
  }
  if (rnd() < 0.4) b.insert(randomText(rnd, 4));
  return b.build();
}
