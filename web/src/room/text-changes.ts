import { TextOperation } from '../ot/text-operation';

/** Builds one op from a Monaco change event: all ranges refer to the text before the event. */
export function changesToOp(before: string, changes: readonly { rangeOffset: number; rangeLength: number; text: string }[]): TextOperation {
  const sorted = [...changes].sort((a, b) => a.rangeOffset - b.rangeOffset);
  const b = TextOperation.builder();
  let index = 0;
  for (const c of sorted) {
    b.retain(c.rangeOffset - index);
    b.insert(c.text);
    b.delete(c.rangeLength);
    index = c.rangeOffset + c.rangeLength;
  }
  b.retain(before.length - index);
  return b.build();
}

/** The smallest single-range op turning `before` into `after` (used to repair and normalise). */
export function diffOp(before: string, after: string): TextOperation {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--; // never split a surrogate pair
  let end = 0;
  while (end < before.length - start && end < after.length - start
    && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
  return TextOperation.builder().retain(start).delete(before.length - start - end)
    .insert(after.slice(start, after.length - end)).retain(end).build();
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;
