import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TextOperation } from '../src/ot/text-operation';
import { Replay, type HistoryEntry } from '../src/playback/replay';

// A real keystroke trace (testdata/traces, CC BY 4.0 Joseph Gentle): one person writing a Svelte component.
const file = new URL('../../testdata/traces/sveltecomponent.json.gz', import.meta.url);
const trace = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
  endContent: string;
  txns: { time: string; patches: [number, number, string][] }[];
};

describe('Replay of a recorded editing session', () => {
  it('rebuildsEveryCheckedRevisionOfARealTraceAndEndsWithItsFinalText', () => {
    const entries: HistoryEntry[] = [];
    const checked = new Map<number, string>();
    let text = '';
    for (const txn of trace.txns) {
      for (const [at, deleted, inserted] of txn.patches) {
        const op = TextOperation.builder().retain(at).delete(deleted).insert(inserted).retain(text.length - at - deleted).build();
        text = op.apply(text);
        entries.push({ rev: entries.length + 1, clientId: 'c', name: 'Writer', op: op.toWire(), time: txn.time });
        if (entries.length % 997 === 0) checked.set(entries.length, text);
      }
    }
    expect(text).toBe(trace.endContent);
    const started = performance.now();
    const replay = Replay.fromFinal(trace.endContent, entries);
    const built = performance.now() - started;
    expect(replay.unknownUnits).toBe(0);
    expect(replay.finalText()).toBe(trace.endContent);
    for (const [n, expected] of checked) expect(replay.textAt(n)).toBe(expected);
    console.log(`sveltecomponent: ${entries.length} ops replayed in ${built.toFixed(0)} ms (Node ${process.version})`);
  });
});
