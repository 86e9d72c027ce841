import { describe, expect, it } from 'vitest';
import { errorText } from '../src/room/protocol';

const CODES = ['bad-message', 'bad-op', 'stale-revision', 'forbidden', 'room-closed', 'too-large', 'rate-limited',
  'not-found', 'unauthorized', 'protocol'];

describe('server error messages', () => {
  it('everyErrorCodeOfTheProtocolHasItsOwnPlainMessage', () => {
    const texts = CODES.map((code) => errorText(code, 'raw server detail'));
    for (const text of texts) expect(text).not.toContain('raw server detail');
    expect(new Set(texts).size).toBe(CODES.length);
  });

  it('anUnknownCodeStillShowsWhatTheServerSaid', () => {
    expect(errorText('new-code', 'something new')).toBe('Server error (new-code): something new');
  });
});
