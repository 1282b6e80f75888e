// A Title Case line capitalises its verb, so the subject and the object ran into one name ("Ministry of
// Foreign Affairs Summons Iranian Envoy" one body, "Lula and Petro Meet" a person "Petro Meet"): on such a
// line a headline's verb cuts the chunk (entities/headline-verbs.ts). Session 31; every sentence here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const BODY = 'The talks were held on Monday in the capital.\n\nOfficials said more talks would follow.';
const names = (headline: string, type: string, body = BODY) =>
  namesOf(extract(`${headline}\n\n${body}`), type);

describe('a headline verb in a Title Case line', () => {
  it('ends a body named before it', () => {
    expect(names('Ministry of Foreign Affairs Summons Iranian Envoy', 'Organization')).toEqual([
      'Ministry of Foreign Affairs',
    ]);
    expect(names('Foreign Ministry of Ghana Condemns Attack on Embassy', 'Organization')).toEqual([
      'Ghanaian Foreign Ministry',
    ]);
    expect(
      names('Danish Ministry of Foreign Affairs Calls Turkish Ambassador Over Remarks', 'Organization'),
    ).toEqual(['Danish Foreign Ministry']);
  });

  it('ends a person named before it', () => {
    const body = 'Brazilian President Lula met Colombian President Ivan Petro on Monday in Leticia.';
    expect(names('Lula and Petro Meet for Border Talks in Leticia', 'Person', body)).toEqual([
      'Ivan Petro',
      'Lula',
    ]);
    expect(names('Ivan Petro Hosts Kenyan Leader in Kyiv', 'Person')).toEqual(['Ivan Petro']);
  });

  it('leaves a sentence-case line and a name with a noun of the list alone', () => {
    expect(names('Ministry of Foreign Affairs Summons were issued to the envoys', 'Organization')).toEqual([
      'Ministry of Foreign Affairs Summons',
    ]);
    expect(names('Security Council Sanctions Committee Adds Names to List', 'Organization')).toContain(
      'Security Council',
    );
  });
});
