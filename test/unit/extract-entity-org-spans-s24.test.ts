// Where an organisation's name starts and ends, on invented text (session 24): a preposition or a
// conjunction opening a sentence is no body's first word (sentence-start-names.ts); a title's field joined by
// "and" to another field is all title, no body (chunking.ts, classification.ts); "Authority" heads a body's
// name (lexicon.ts ORG_HEADS); a chamber named by its members opens a body's name ("House of Representatives
// Budget Committee", "Chamber of Deputies"; chunking.ts, classification.ts, field-names.ts); an acronym
// defined after the name of a thing, or of a place whose initials it is not, is no body (merging.ts).
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const orgs = (d: ReturnType<typeof extract>) => namesOf(d, 'Organization');

describe('a preposition or a conjunction before a body at a sentence start', () => {
  it('when "As" opens the sentence before a body named by its head, then the body starts after it', () => {
    const d = extract(
      ['Talks stall', 'As Baltic Press Agency earlier reported, the talks stalled.'].join('\n'),
    );
    expect(orgs(d)).toContain('Baltic Press Agency');
    expect(orgs(d)).not.toContain('As Baltic Press Agency');
  });

  it('when "While" opens it, then the body starts after it too', () => {
    const d = extract(
      ['Talks stall', 'While Northern Fisheries Council members agreed, the talks stalled.'].join('\n'),
    );
    expect(orgs(d)).toContain('Northern Fisheries Council');
  });

  it('near miss: a common noun opening the sentence stays the body\'s ("Amnesty International said")', () => {
    const d = extract(
      ['Arrests condemned', 'Harbour Workers Union said the arrests were unlawful.'].join('\n'),
    );
    expect(orgs(d)).toContain('Harbour Workers Union');
  });
});

describe('a title whose field is joined by "and" to another field', () => {
  it('when "Minister of Information and Broadcasting Services" stands after a name, then no body is read', () => {
    const d = extract(
      [
        'Minister speaks',
        'Jane Roe, the Minister of Tourism and Wildlife Services, said the park would reopen.',
      ].join('\n'),
    );
    expect(orgs(d)).not.toContain('Wildlife Services');
    expect(orgs(d)).toEqual([]);
  });

  it('when the title comes before a name, then the name is the person and no body is read', () => {
    const d = extract(
      ['Minister speaks', 'Secretary of Housing and Urban Services Tom Roe said it was done.'].join('\n'),
    );
    expect(d.entities.map((e) => e.name)).toContain('Tom Roe');
    expect(orgs(d)).toEqual([]);
  });

  it('near miss: a title\'s field and a body after "and" stay apart ("Minister of Defence and Armed Forces")', () => {
    const d = extract(
      [
        'Officials banned',
        'The ban targets officials of the Minister of Defence and Harbour Police Service.',
      ].join('\n'),
    );
    expect(orgs(d)).toContain('Harbour Police Service');
  });
});

describe('a body named by "Authority"', () => {
  it('when "<Place> Ports Authority" stands before a title, then the body is whole', () => {
    const d = extract(
      ['Leader arrives', 'He was met by Lagos Ports Authority Chairman Tom Roe and other officials.'].join(
        '\n',
      ),
    );
    expect(orgs(d)).toContain('Lagos Ports Authority');
    expect(orgs(d)).not.toContain('Lagos Ports');
  });

  it('near miss: "the Authority" alone is no named body', () => {
    const d = extract(['Ruling appealed', 'The Authority said on Monday that it would appeal.'].join('\n'));
    expect(orgs(d)).toEqual([]);
  });
});

describe('a chamber named by its members', () => {
  it('when "House of <members>" opens a committee\'s name, then the committee\'s name starts at "House"', () => {
    const d = extract(
      ['Minister questioned', 'The minister told a House of Delegates Finance Committee hearing.'].join('\n'),
    );
    expect(orgs(d)).toContain('House of Delegates Finance Committee');
  });

  it('when "the Chamber of Deputies" runs into a name, then body and person are read apart', () => {
    const d = extract(
      ['Delegation arrives', 'The Speaker of the Chamber of Deputies Tom Roe joined the delegation.'].join(
        '\n',
      ),
    );
    expect(orgs(d)).toContain('Chamber of Deputies');
    expect(d.entities.filter((e) => e.type === 'Person').map((e) => e.name)).toContain('Tom Roe');
  });

  it('near miss: "House of" and a family\'s name is no chamber', () => {
    const d = extract(['Royals meet', 'Members of the House of Windsor met on Monday.'].join('\n'));
    expect(orgs(d)).not.toContain('House of Windsor');
  });
});

describe('an acronym defined in parentheses after a name that is no body', () => {
  it('when the name ends in a word of things ("… Initiative (GGI)"), then the acronym is no organisation', () => {
    const d = extract(
      [
        'Leaders meet',
        'The leaders praised the Green Growth Initiative (GGI) and said GGI projects would go on.',
      ].join('\n'),
    );
    expect(orgs(d)).not.toContain('GGI');
  });

  it('when the name ends in a place whose initials the acronym is not, then it is no organisation', () => {
    const d = extract(
      [
        'Talks resume',
        'Both signed the Accord on the Use of the Black Sea (AUB) in 2002 and honour the AUB.',
      ].join('\n'),
    );
    expect(orgs(d)).not.toContain('AUB');
  });

  it('near miss: an acronym of the words ending in a place stays a body ("Tehrik-e-Taliban Pakistan (TTP)")', () => {
    const d = extract(
      ['Attack claimed', 'The Harkat Front Kashmir (HFK) claimed the attack, and HFK fighters fled.'].join(
        '\n',
      ),
    );
    // (Since spelled-acronyms.ts the body takes the name the acronym spells, the acronym its alias.)
    const body = d.entities.find((e) => e.type === 'Organization' && e.aliases.includes('HFK'));
    expect(body?.name).toBe('Harkat Front Kashmir');
  });
});
