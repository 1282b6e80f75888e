// Person shapes met in session 24, on invented text: "Manager" is a title word before a name (lexicon.ts
// TITLE_WORDS); a run of initials after a first name keeps the surname on ("Daniel D.J. Hunt": name-shapes.ts); an unknown name after an envoy's or an aide's field, or after a field of
// several words, is a person (name-positions.ts AFTER_TITLE_FIELD); "industrialist", "banker", "founder" and the like are
// nouns of a person before or after a name (name-shapes.ts PERSON_NOUN); the one-word field after a title's
// "of" stays the title's before a name of two words or more ("Chief of Protocol X Y": titleWordBeforeName), and so is a Malay honorific ("Datuk Seri X": chunking.ts HONORIFICS); "Prison" heads a body's name (lexicon.ts ORG_HEADS); unknown names in a list of postings ("include X to Mexico, Y to
// Germany") or of countries and names split by semicolons ("Egypt, X; Mongolia, Y") are persons (name-positions.ts).
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const names = namesOf;
const persons = (d: ReturnType<typeof extract>) => namesOf(d, 'Person');

describe('a manager named after the title', () => {
  it('when "General Manager" precedes a name, then the person is the name alone', () => {
    const d = extract(
      ['Envoy arrives', 'The envoy was met by Port Authority General Manager Tadeo Quiben on Monday.'].join(
        '\n',
      ),
    );
    expect(persons(d)).toContain('Tadeo Quiben');
    expect(persons(d)).not.toContain('Manager Tadeo Quiben');
    expect(names(d, 'Organization')).toContain('Port Authority');
  });

  it('when the manager is named without a title, then the name is unchanged', () => {
    const d = extract(
      ['Envoy arrives', 'The envoy was met by David Quiben, the port manager, on Monday.'].join('\n'),
    );
    expect(persons(d)).toEqual(['David Quiben']);
  });
});

describe('a run of initials between a first name and a surname', () => {
  it('when "D.J." follows a first name, then the common-word surname after it stays on the name', () => {
    const d = extract(
      ['Sanctions widened', 'The list included Daniel D.J. Hunt and Andy Scott, officials said.'].join('\n'),
    );
    expect(persons(d)).toContain('Daniel D.J. Hunt');
  });

  it('when the initials open the name with no first name before them, then nothing changes', () => {
    const d = extract(
      ['Sanctions widened', 'The list included D.J. Hunt and Andy Scott, officials said.'].join('\n'),
    );
    expect(persons(d)).toEqual(['Andy Scott']);
  });
});

describe('an unknown name after a title and its field', () => {
  it('when the field lists several words, then the name after it is a person', () => {
    const d = extract(
      [
        'Delegation arrives',
        'He was joined by Minister for Planning, Energy and Reform Khusan Bakhtori on the trip.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Khusan Bakhtori');
  });

  it('when an aide\'s field follows "on" or an envoy\'s "for", then the name after it is a person', () => {
    const d = extract(
      [
        'Delegation arrives',
        'He was joined by Special Assistant to the Prime Minister on Petroleum Nadim Babari on the trip.',
        'He was received by Special Representative for Pakistan Umran Daudzi at the airport.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Nadim Babari');
    expect(persons(d)).toContain('Umran Daudzi');
  });

  it('when the field follows a word that is no title, then the name stays unread', () => {
    const d = extract(
      ['Report cited', 'He cited the Conference on Trade, Development and Reform Aman Kuldip report.'].join(
        '\n',
      ),
    );
    expect(persons(d)).toEqual([]);
  });
});

describe('nouns of a person around an unknown name', () => {
  it('when "industrialist" stands before an unknown name, then the name is a person', () => {
    const d = extract(
      ['Sanctions widened', 'The list named industrialist Oleg Varnavsky, worth £2 billion.'].join('\n'),
    );
    expect(persons(d)).toContain('Oleg Varnavsky');
  });

  it('when "founder of" is set off after an unknown name, then the name is a person', () => {
    const d = extract(
      ['Sanctions widened', 'Individuals include Oleg Tamkov, founder of Tamkoff Bank, and others.'].join(
        '\n',
      ),
    );
    expect(persons(d)).toContain('Oleg Tamkov');
    expect(names(d, 'Organization')).toContain('Tamkoff Bank');
  });

  it("when the noun stands before a body's name, then the body stays a body", () => {
    const d = extract(
      ['Sanctions widened', 'The list named the industrialist group Volga Steel Company.'].join('\n'),
    );
    expect(persons(d)).toEqual([]);
    expect(names(d, 'Organization')).toContain('Volga Steel Company');
  });
});

describe('a one-word field after a title\'s "of" before an unknown name', () => {
  it('when "Chief of Protocol" precedes a name of three words, then the field is no part of the name', () => {
    const d = extract(
      [
        'Visit begins',
        'Also present were Foreign Ministry Chief of Protocol Aiyu Mohd Atani, along with the ambassador.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Aiyu Mohd Atani');
    expect(persons(d)).not.toContain('Protocol Aiyu Mohd Atani');
  });

  it('when the field is a known place, then the place and the name are read as before', () => {
    const d = extract(
      ['Visit begins', 'He was greeted by Governor of Lagos Babatu Sanwoyo on Monday.'].join('\n'),
    );
    expect(persons(d)).toEqual(['Babatu Sanwoyo']);
    expect(names(d, 'Place')).toContain('Lagos');
  });
});

describe('Malay honorifics before a name', () => {
  it('when "Datuk Seri" precedes a name, then the person is the name alone', () => {
    const d = extract(
      [
        'Visit begins',
        'Also present was Foreign Ministry secretary-general Datuk Seri Amrul Mohamed Zain, officials said.',
      ].join('\n'),
    );
    expect(persons(d)).toContain('Amrul Mohamed Zain');
    expect(persons(d)).not.toContain('Seri Amrul Mohamed Zain');
  });

  it('when "Seri" is inside the name of an honour, then no person is read from it', () => {
    const d = extract(
      ['Visit begins', 'He was conferred the honour of Darjah Utama Seri Mahkota Negara at a dinner.'].join(
        '\n',
      ),
    );
    expect(persons(d)).toEqual([]);
  });
});

describe('a prison named by its head word', () => {
  it('when an unknown name ends in "Prison", then it is an organisation, no person', () => {
    const d = extract(
      ['Sanctions widened', 'The list also names Varin Prison, which houses political prisoners.'].join('\n'),
    );
    expect(persons(d)).toEqual([]);
    expect(names(d, 'Organization')).toContain('Varin Prison');
  });

  it('when "prison" follows a name in lower case, then the name is read as before', () => {
    const d = extract(['Sanctions widened', 'Kirill Varinov was sent to prison on Monday.'].join('\n'));
    expect(persons(d)).toEqual(['Kirill Varinov']);
  });
});

describe('unknown names in a list of postings', () => {
  it('when names follow "include" and each is posted "to" a known place, then they are persons', () => {
    const d = extract(
      ['Envoys posted', 'Others include Renu Okomri to Mexico, Fema Kayodu to Germany and others.'].join(
        '\n',
      ),
    );
    expect(persons(d)).toContain('Renu Okomri');
    expect(persons(d)).toContain('Fema Kayodu');
  });

  it('when the name follows no list opener, then "to" a place is no cue', () => {
    const d = extract(['Trade grows', 'The deal will take Vanta Lumo to Mexico and beyond.'].join('\n'));
    expect(persons(d)).toEqual([]);
  });
});

describe('unknown names in a list of countries and names', () => {
  it('when semicolons split "country, name" items, then each name is a person', () => {
    const d = extract(
      [
        'Envoys present credentials',
        'The new envoys are: Egypt, Mahir Solimo; Mongolia, Batu Erdeni; and Kenya, Lemu Kaanto.',
      ].join('\n'),
    );
    expect(persons(d)).toEqual(['Mahir Solimo', 'Batu Erdeni', 'Lemu Kaanto']);
  });

  it('when no semicolon splits the list, then a name after a country is no person', () => {
    const d = extract(
      ['Trade grows', 'Exports went to Egypt, Nilo Cotton and Delta Rice, officials said.'].join('\n'),
    );
    expect(persons(d)).toEqual([]);
  });
});
