// A place that only says where the thing after it is ("the London-based group", "the Washington DC-based
// organization", "the Geneva-headquartered body") is no party of a stance verb: the body it modifies is, when
// named. A place named alone stays the target. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const rels = (body: string) =>
  extractChecked('Row', body).rels.filter((r) => / (?:CRITICIZED|ACCUSED) /.test(r));

describe('a "-based" place is a modifier, not the target', () => {
  it('reads no place as the target of "the X-based group"', () => {
    expect(rels('Russia accused the London-based group of spreading lies.')).toEqual([]);
    expect(rels('China criticized the Washington-based think tank over the study.')).toEqual([]);
    expect(rels('Iran slammed the US-based rights group for its claims.')).toEqual([]);
    expect(rels('Egypt accused the Washington DC-based organization of bias.')).toEqual([]);
    expect(rels('The ministry condemned the Paris-headquartered watchdog for its report.')).toEqual([]);
  });

  it('reads the named body after the place', () => {
    expect(rels('Hungary criticised the Brussels-based European Commission.')).toEqual([
      'Hungary CRITICIZED European Commission',
    ]);
  });

  it('keeps a place named alone', () => {
    expect(rels('Beijing criticised Washington over the sanctions.')).toEqual([
      'Beijing CRITICIZED Washington',
    ]);
    expect(rels('China accused the US of hypocrisy.')).toEqual(['China ACCUSED United States']);
  });
});
