// Entities from shapes real pages use (issue 9, third batch), on invented text: regions named by a compass
// word and a continent, titles the lexicon lacked (high commissioner, plural titles), and names it misreads or lacks.
import { describe, expect, it } from 'vitest';
import { extract, speakersOf } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('regions', () => {
  it('when a compass word or Latin/Middle precedes a continent, then the region is one place, not the continent', () => {
    const d = extract(
      [
        'Envoys meet',
        'Diplomats from West Asia, Latin America and the Asia Pacific region met in Nairobi with partners from East Africa.',
        'South Africa also sent its envoy.',
      ].join('\n'),
    );
    const places = names(d, 'Place');
    expect(places).toEqual(
      expect.arrayContaining(['West Asia', 'Latin America', 'Asia Pacific', 'East Africa', 'South Africa']),
    );
    expect(places).not.toContain('Asia');
    expect(places).not.toContain('Africa');
  });
});

describe('titles', () => {
  it('when an unknown name follows "High Commissioner", then it is a person', () => {
    const d = extract(
      ['Envoy called back', 'Kenya’s High Commissioner Otieno Wekesa Barasa was called back on Monday.'].join(
        '\n',
      ),
    );
    expect(names(d, 'Person')).toContain('Otieno Wekesa Barasa');
  });
});

describe('acronyms', () => {
  it('when a line is set in capitals, then its words are no acronyms; a place’s initials are that place', () => {
    const d = extract(
      [
        'Envoys return',
        '"WE WILL BE FINE WITH IT"',
        'Papua New Guinea and Kenya restored ties. PNG sent its envoy back on Monday.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toEqual([]);
    const png = d.entities.find((e) => e.name === 'Papua New Guinea');
    expect(png?.aliases).toContain('PNG');
  });
});

describe('outlets', () => {
  it('when a media noun stands beside an unknown name, then the name is an organisation', () => {
    const d = extract(
      [
        'Minister interviewed',
        'The minister told the Estonian daily Postimees in an interview that talks would go on.',
        'He repeated it on Vikerraadio, an Estonian radio station, and to the news portal Delfi.',
        'The Kanal 2 broadcaster also asked him.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toEqual(expect.arrayContaining(['Postimees', 'Delfi', 'Kanal 2']));
  });
});

describe('peers', () => {
  it('when a peer is named by the peerage alone, then "Lord X" is the person and his words are his', () => {
    const d = extract(
      [
        'Minister visits Accra',
        'UK Minister for Africa, Lord Pemberton of Leigh, arrived in Accra on Monday.',
        '“Ghana is a vital partner,” Lord Pemberton said.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Lord Pemberton');
    expect(speakersOf(d)).toEqual(['Lord Pemberton']);
  });
});

describe('first names the lexicon files as months', () => {
  it('when "Jan" opens a name, then it is the first name ("Jan Lipavsky"), also at a sentence start; "Jan. 5" stays a date', () => {
    const d = extract(
      [
        'Czech minister on expulsions',
        'Jan Lipavsky, the Czech foreign minister, said on Jan. 5 that “the talks are over for now and will not resume.”',
        '“We will not be intimidated by anyone,” said Jan Hamacek, his predecessor.',
      ].join('\n'),
      '2024-01-08',
    );
    expect(names(d, 'Person')).toEqual(expect.arrayContaining(['Jan Lipavsky', 'Jan Hamacek']));
    expect(d.entities.map((e) => e.name)).not.toContain('Jan');
    expect(speakersOf(d)).toEqual(['Jan Lipavsky', 'Jan Hamacek']);
  });
});

describe('a lone surname in apposition to a role', () => {
  it("when a word no lexicon knows has a role in apposition after it, then it is a person and speaks; an organisation name's tail or a list item is not", () => {
    const d = extract(
      [
        'Talks stall',
        'Araghchi, Iran’s foreign minister, wrote that “the talks are over for now and will not resume.”',
        'The Directorate of Communication, President Erdogan’s office, issued no statement.',
      ].join('\n'),
    );
    expect(names(d, 'Person')).toContain('Araghchi');
    expect(names(d, 'Person')).not.toContain('Communication');
    expect(speakersOf(d)).toEqual(['Araghchi']);
  });
});
