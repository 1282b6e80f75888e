// The explorer's URL state: what a link holds, read back the same, and bad values dropped.
import { describe, expect, it } from 'vitest';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../client/src/state/url-state.js';

const empty: UrlState = { entity: null, types: null, from: null, to: null, query: null };

describe('URL state', () => {
  it('when a full state is encoded, then decoding gives it back', () => {
    const s: UrlState = {
      entity: 'person:anatoly-antonov',
      types: ['Person', 'Event'],
      from: '2021-03',
      to: '2022-06',
      query: "MATCH (n) WHERE n.name = 'A & B' RETURN n",
    };
    const qs = encodeUrlState(s);
    expect(qs).toContain('entity=person%3Aanatoly-antonov');
    expect(decodeUrlState(`?${qs}`)).toEqual(s);
  });

  it('when nothing is set, then the query string is empty and reads back as empty', () => {
    expect(encodeUrlState(empty)).toBe('');
    expect(decodeUrlState('')).toEqual(empty);
  });

  it('when every type is unticked, then the link says so (not "default types")', () => {
    const qs = encodeUrlState({ ...empty, types: [] });
    expect(decodeUrlState(qs).types).toEqual([]);
  });

  it('when the link holds unknown types or malformed months, then they are dropped', () => {
    const s = decodeUrlState('?types=Person,Robot&from=2021-13&to=last-week');
    expect(s.types).toEqual(['Person']);
    expect(s.from).toBeNull();
    expect(s.to).toBeNull();
  });
});
