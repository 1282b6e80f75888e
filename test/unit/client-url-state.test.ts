// The explorer's URL state: what a link holds (with a comparison of two periods and the legend's
// colours and sizes), read back the same, and bad values dropped.
import { describe, expect, it } from 'vitest';
import {
  decodeUrlState,
  EMPTY_URL_STATE,
  encodeUrlState,
  type UrlState,
} from '../../client/src/state/url-state.js';

const empty: UrlState = EMPTY_URL_STATE;

describe('URL state', () => {
  it('when a full state is encoded, then decoding gives it back', () => {
    const s: UrlState = {
      entity: 'person:anatoly-antonov',
      types: ['Person', 'Event'],
      from: '2021-03',
      to: '2022-06',
      query: "MATCH (n) WHERE n.name = 'A & B' RETURN n",
      compare: {
        a: { from: '2021-01', to: '2021-06' },
        b: { from: '2022-01', to: '2022-06' },
        mode: 'changes',
      },
      styles: { colors: { Person: '#ff8800' }, sizes: { Event: 2 } },
      minOutlets: 3,
    };
    const qs = encodeUrlState(s);
    expect(qs).toContain('outlets=3');
    expect(qs).toContain('entity=person%3Aanatoly-antonov');
    expect(qs).toContain('compare=changes&a=2021-01..2021-06&b=2022-01..2022-06');
    expect(qs).toContain('colors=Person%3Aff8800&sizes=Event%3A2');
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

  it('when a comparison lacks a period or names an unknown mode, then there is none; reversed bounds are put in order', () => {
    expect(decodeUrlState('?compare=all&a=2021-01..2021-06').compare).toBeNull();
    expect(decodeUrlState('?compare=sideways&a=2021-01..2021-06&b=2022-01..2022-02').compare).toBeNull();
    expect(decodeUrlState('?compare=all&a=2021-06..2021-01&b=2022-01..2022-02').compare?.a).toEqual({
      from: '2021-01',
      to: '2021-06',
    });
  });

  it('when colours and sizes are malformed, unknown or the defaults, then they are dropped', () => {
    const s = decodeUrlState(
      '?colors=Person:zzzzzz,Robot:ff0000,Place:00FF00&sizes=Event:7,Place:1,Person:0.5',
    );
    expect(s.styles).toEqual({ colors: { Place: '#00ff00' }, sizes: { Person: 0.5 } });
    expect(encodeUrlState({ ...empty, styles: { colors: { Person: '#3b6fd8' }, sizes: { Place: 1 } } })).toBe(
      '',
    );
  });

  it('when the outlet filter is malformed or no filter, then it is dropped', () => {
    for (const v of ['0', '1', '2.5', '100', 'x', ''])
      expect(decodeUrlState(`?outlets=${v}`).minOutlets, v).toBe(1);
    expect(decodeUrlState('?outlets=99').minOutlets).toBe(99);
    expect(encodeUrlState({ ...empty, minOutlets: 1 })).toBe('');
  });
});
