// The rules that read a head-of-mission title build it from role-nouns.ts, so each accepts every member
// where one worked before: a state that summons its own high commissioner (or Envoy) calls it home, as
// with its ambassador; the words that make a title no head's (standing in, no longer, another post) are
// one list. Sentences invented for the test.
import { describe, expect, it } from 'vitest';
import {
  NOT_HEAD_OF_MISSION,
  NOT_HEAD_OF_MISSION_WORD,
  STANDING_IN_WORDS,
} from '../../server/src/extract/role-nouns.js';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('a state summoning its own head of mission', () => {
  it('when the title is a high commissioner or a capitalised one, then it is a recall, not a summons', () => {
    for (const title of ['ambassador', 'high commissioner', 'High Commissioner', 'Envoy']) {
      const r = run('Row deepens', `Peru summoned its ${title} to Chile for consultations on Friday.`);
      expect(r.events('summons')).toEqual([]);
      expect(r.events('recall').length).toBe(1);
    }
  });

  it('when another state’s high commissioner is summoned, then it stays a summons', () => {
    const r = run('Row deepens', 'Peru summoned the high commissioner of Chile over the border dispute.');
    expect(r.events('summons').length).toBe(1);
    expect(r.events('recall')).toEqual([]);
  });
});

describe('the words that make a title no head of mission’s', () => {
  const notHead = new RegExp(String.raw`^${NOT_HEAD_OF_MISSION}$`, 'i');
  it('when a qualifier stands in, is no longer or is another post, then the shared list holds it', () => {
    for (const w of ['deputy', 'acting', 'chargé', 'interim', 'former', 'ex-', 'outgoing', 'special'])
      expect(notHead.test(w)).toBe(true);
    expect(STANDING_IN_WORDS).toContain('deputy');
  });

  it('when a word only qualifies the head, then it is not in the list', () => {
    for (const w of ['new', 'incoming', 'senior', 'top']) expect(notHead.test(w)).toBe(false);
  });
});

describe('the new envoys of a credentials ceremony', () => {
  it('when a new envoy is titled "Envoy" or "High Commissioner", then they meet the head of state', () => {
    for (const title of ['Envoy', 'High Commissioner', 'Ambassador']) {
      const r = run(
        'Credentials',
        `New envoys presented their credentials to President William Ruto at State House on Tuesday. Among them was the new ${title} Maria Santos.`,
      );
      expect(r.rels).toContain('Maria Santos MET William Ruto');
    }
  });

  it('when no credentials are presented, then a new envoy meets no one', () => {
    const r = run('Posting', 'The new Envoy Maria Santos arrived in Nairobi on Tuesday to take up her post.');
    expect(r.events('meeting')).toEqual([]);
  });
});

describe('a head of mission’s full title before the name', () => {
  it('when the title runs on as "Extraordinary and Plenipotentiary", then the holder is posted as with "Ambassador"', () => {
    for (const title of ['Ambassador Extraordinary and Plenipotentiary', 'Ambassador']) {
      const r = run('Note', `The ${title} of Chile to Peru, Ana Lopez, was handed a note on Friday.`);
      expect(r.rels).toContain('Ana Lopez AMBASSADOR_TO Peru');
    }
  });

  it('when "Extraordinary" qualifies something else, then no one is posted', () => {
    const r = run(
      'Note',
      'The Extraordinary Session of Chile and Peru, chaired by Ana Lopez, ended on Friday.',
    );
    expect(r.rels.filter((x) => x.includes('AMBASSADOR_TO'))).toEqual([]);
  });
});

describe('relations/envoys.ts reads the shared no-head words', () => {
  const roleOfName = (body: string) => {
    const r = run('Posting', body);
    return r.rels.filter((x) => r.ruleOf(x) === 'relations/envoys:role-of-name');
  };

  it('when the head of mission is "late" or a chargé d’affaires is named, then role-of-name posts no one', () => {
    expect(roleOfName('Helen Okafor, the late ambassador to Canada, was honoured on Friday.')).toEqual([]);
    expect(roleOfName('The chargé d’affaires and envoy to Chile Tomas Lindqvist met the minister.')).toEqual(
      [],
    );
  });

  it('when the title has no such word, then role-of-name posts the holder', () => {
    expect(roleOfName('Helen Okafor, the ambassador to Canada, was honoured on Friday.')).toEqual([
      'Helen Okafor AMBASSADOR_TO Canada',
    ]);
    expect(roleOfName('The envoy to Chile Tomas Lindqvist met the minister.')).toEqual([
      'Tomas Lindqvist AMBASSADOR_TO Chile',
    ]);
  });

  it('when "late" only starts a longer word, then it is no qualifier', () => {
    expect(NOT_HEAD_OF_MISSION_WORD.test('the lateral ambassador')).toBe(false);
    expect(NOT_HEAD_OF_MISSION_WORD.test('the late ambassador')).toBe(true);
    expect(NOT_HEAD_OF_MISSION_WORD.test('the ex-ambassador')).toBe(true);
  });
});
