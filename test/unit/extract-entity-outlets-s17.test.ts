// Entity mechanisms of session 17, on invented text with invented names: an outlet no lexicon knows is
// named by its place in a report's credit (reporting-outlets.ts): the subject of "reports"/"reported"/
// "writes" set off from what it reports, its object after the verb, a quoted name after "told", "The X"
// after "according to" or "a statement to"; a person credited with a report stays a person, a quoted term
// after "referring to" is no outlet, and an outlet that only reports is no statement's issuer (speakers.ts).
// A name set off after "counterpart" and an unknown two-word name after a country's possessive are persons
// (name-shapes.ts); "Councilor" is a title (lexicon); a state's mission to the UN is one organisation
// (permanent-missions.ts).
import { describe, expect, it } from 'vitest';
import { extract, speakerOf } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Organization').map((e) => e.name);

describe('outlets credited with a report', () => {
  it('when an unknown name reports after a comma or after "as", then it is an organisation', () => {
    const d = extract(
      [
        'Ministers meet in Velmora',
        'The two ministers met on Monday, Korvelnet reports.',
        'Talks will continue next week, as TarnPost reported earlier.',
        'The decision was posted on the ministry website, Zavira.Az reports referencing local media.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['Korvelnet', 'TarnPost', 'Zavira.Az']));
  });

  it('when the verb comes first or the name opens a sentence, then the name is the outlet', () => {
    const d = extract(
      [
        'Envoy summoned',
        'The envoy was summoned on Tuesday, reported Halvik, a state-affiliated outlet.',
        'He left for talks, reports Ostrum news. Belvane writes about it.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['Halvik', 'Ostrum news', 'Belvane']));
  });

  it('when a quoted name follows "told" or "The X" follows "according to", then it is an outlet', () => {
    const d = extract(
      [
        'Note of protest handed over',
        'As sources told “Drevna Pecat”, the note was handed over on Monday.',
        'The department declined to comment in a statement to The Crestline, according to The Crestline.',
      ].join('\n'),
    );
    expect(orgs(d)).toEqual(expect.arrayContaining(['Drevna Pecat', 'The Crestline']));
  });

  it('when a known person reports or a quoted term follows "referring to", then no outlet is made', () => {
    const d = extract(
      [
        'Minister speaks',
        'Foreign Minister Tomas Velkar spoke on Monday. Later, Velkar reported that the talks had ended.',
        'The ministry protested a statement referring to “Turncoats” in the region.',
      ].join('\n'),
    );
    expect(orgs(d)).not.toContain('Velkar');
    expect(orgs(d)).not.toContain('Turncoats');
    expect(d.entities.find((e) => e.name === 'Tomas Velkar')?.type).toBe('Person');
  });

  it('when "according to the statement" follows an outlet that only reports, then the outlet is no issuer', () => {
    const d = extract(
      [
        'Entry bans imposed',
        'Velmora has imposed entry bans on nine officials from Ostland as part of new sanctions.',
        'This move was announced on the official website of the Velmoran Ministry of Foreign Affairs, Korvelnet reports referencing local media sources.',
        'According to the statement, the decision was in response to what it termed the “hostile campaign of the collective West,” specifically citing sanctions.',
      ].join('\n'),
    );
    expect(orgs(d)).toContain('Korvelnet');
    expect(speakerOf(d, 'hostile campaign')).toBe('Velmoran Foreign Ministry');
  });
});

const persons = (d: ReturnType<typeof extract>) =>
  d.entities.filter((e) => e.type === 'Person').map((e) => e.name);

describe('names by their position (name-shapes.ts, lexicon)', () => {
  it('when a name is set off after "counterpart", then it is a person even with a common word in it', () => {
    const d = extract(
      [
        'Ministers meet',
        'Foreign Minister Tomas Velkar met his Ostlandic counterpart, Lin Gang, on Thursday in the capital.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Lin Gang');
  });

  it('when "State Councilor" leads a name, then the title is not part of the person', () => {
    const d = extract(
      [
        'Delegation visits',
        'The delegation met State Councilor Meng Tao and State Councillor Shen Yiqiu.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(expect.arrayContaining(['Meng Tao', 'Shen Yiqiu']));
    expect(persons(d).some((n) => /Council/.test(n))).toBe(false);
  });

  it("when a country's possessive leads an unknown two-word name, then it is a person, not a place's name", () => {
    const d = extract(
      [
        'Leaders gather',
        "The summit drew leaders including Finland's Arvo Tamm and others. They later met at Finland's Velna Island, and talked.",
      ].join('\n'),
    );
    expect(persons(d)).toContain('Arvo Tamm');
    expect(persons(d)).not.toContain('Velna Island');
  });
});

describe("a state's mission to the United Nations (permanent-missions.ts)", () => {
  it('when a page words it with a possessive or a demonym, then it is one organisation by one name', () => {
    const d = extract(
      [
        'Diplomats expelled',
        "Velmora expelled 12 diplomats from Finland's permanent mission to the UN in New York.",
        'The Finnish permanent mission to the United Nations called the move hostile.',
      ].join('\n'),
    );
    expect(orgs(d)).toContain('Finnish Permanent Mission to the UN');
    expect(orgs(d)).not.toContain('United Nations');
  });
});
