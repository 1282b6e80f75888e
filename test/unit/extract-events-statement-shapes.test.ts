// Statement issuers in four more shapes, on invented sentences: every subject of "A and B issued a joint
// statement", the person a title names after "signed by" / "issued by", a statement a body "adopted", and
// a fronted "In his/her/their … statement, X said". Negatives: a speech is no statement, a body that adopted
// a budget issued none, and "signed by the <role>" with no name gives no issuer.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const issuers = (r: ReturnType<typeof run>) =>
  r.events('statement').map((e) => e.participants.map((p) => r.name(p.entity)));

describe('statement shapes', () => {
  it('a joint statement issued by two coordinated subjects is of both', () => {
    const a = run('Calm', 'Kenya and Uganda issued a joint statement after the talks on Monday.');
    expect(issuers(a)).toEqual([['Kenya', 'Uganda']]);
    const b = run(
      'Calm',
      'President Joao Tavares and President Emil Varga issued a joint statement calling for calm.',
    );
    expect(issuers(b)).toEqual([['Joao Tavares', 'Emil Varga']]);
  });

  it('a statement not joint keeps one issuer', () => {
    const r = run('Calm', 'The Kenyan Foreign Ministry released a statement saying the envoy must leave.');
    expect(issuers(r)).toEqual([['Kenyan Foreign Ministry']]);
  });

  it('signed by / issued by a titled person', () => {
    const a = run(
      'Protest',
      'The statement, signed by Foreign Minister Musalia Mudavadi, condemned the attack.',
    );
    expect(issuers(a)).toEqual([['Musalia Mudavadi']]);
    const b = run('Protest', 'The statement was issued by UK Foreign Secretary Daniel Harcourt on Monday.');
    expect(issuers(b)).toEqual([['Daniel Harcourt']]);
    const none = run('Protest', 'The statement, signed by the UK Foreign Secretary, condemned the attack.');
    expect(issuers(none).flat()).not.toContain('United Kingdom');
    const remark = run('Protest', 'Ankara protested the statement of US President Tom Harlan on the events.');
    expect(issuers(remark).flat()).not.toContain('Tom Harlan');
  });

  it('a statement a parliament adopted, not a budget', () => {
    const a = run('Vote', 'The Kenyan parliament on Friday adopted a statement condemning the attack.');
    expect(issuers(a)).toHaveLength(1);
    expect(issuers(a)[0]![0]).toMatch(/Parliament$/i);
    const b = run('Vote', 'The Kenyan parliament adopted the new budget on Friday.');
    expect(issuers(b)).toEqual([]);
  });

  it('"In his departure statement, X said"; a speech is no statement', () => {
    const a = run(
      'Visit',
      'In his departure statement, Prime Minister Rohan Mehta said he looked forward to the visit.',
    );
    expect(issuers(a)).toEqual([['Rohan Mehta']]);
    const b = run('Visit', 'In his speech, Prime Minister Rohan Mehta said he looked forward to the visit.');
    expect(issuers(b)).toEqual([]);
  });
});
