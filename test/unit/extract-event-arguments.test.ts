// Event and relation arguments the clause leaves out or hides, read by general mechanisms
// (server/src/extract/events/, clauses/): the state an envoy is posted to expels or summons them when
// no actor is named; a complement clause ("said that X was expelled") keeps its own subject; a copy whose
// headline is printed again after the text keeps the text. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../server/src/ingest/validate-document.js';
import { extractArticle } from '../../server/src/extract/index.js';

const PUB = '2025-03-12'; // a Wednesday
function run(raw: string, title: string, published: string | null = PUB) {
  const r = extractArticle({ raw, format: 'text', meta: { title, published } });
  const d = r.document;
  expect(validateDocument(r.text, d, 'probe', d.article.id)).toMatchObject({ ok: true });
  const name = (id: string) => d.entities.find((e) => e.id === id)?.name ?? id;
  // MET is symmetric: its two ends in alphabetical order.
  const rels = d.relations.map((x) => {
    const [a, b] = [name(x.source), name(x.target)];
    return x.type === 'MET' && b < a ? `${b} MET ${a}` : `${a} ${x.type} ${b}`;
  });
  const events = (type: string) => d.events.filter((e) => e.type === type);
  return { d, rels, events };
}

describe('the actor an envoy implies', () => {
  it('when a posted envoy "was expelled" with no agent, then the state of the posting expelled them, apart from an earlier expulsion', () => {
    const title = 'Peru orders Norwegian envoy out';
    const { rels, events } = run(
      `${title}\n\nNorway on Monday ordered the ambassador of Peru to leave the country within 72 hours. Officials said that the Norwegian ambassador to Peru, Lars Holmberg, was expelled from the country last week.`,
      title,
    );
    expect(rels).toContain('Peru EXPELLED Lars Holmberg');
    expect(rels).not.toContain('Norway EXPELLED Lars Holmberg');
    expect(events('expulsion')).toHaveLength(2);
  });

  it('when the subject follows "said that", then it is the subject of the clause, not skipped as a relative clause', () => {
    const title = 'Envoy expelled';
    const { rels } = run(
      `${title}\n\nThe ministry said that the Danish ambassador to Chile, Anders Kjeldsen, was expelled on Monday.`,
      title,
    );
    expect(rels).toContain('Chile EXPELLED Anders Kjeldsen');
  });
});

describe('the body of a copy whose headline comes last', () => {
  it('when the headline is printed again after the text, then the body is the text before it', () => {
    const title = 'Ghana declares 12 Togolese diplomats persona non grata';
    const { events, d } = run(
      `Ghana declared 12 Togolese embassy staff persona non grata on Sunday, ordering them to leave the country within 48 hours, the state news agency said.\nThe foreign ministry summoned the Togolese ambassador and informed him of the decision.\n${title}\n`,
      title,
    );
    expect(d.body.start).toBe(0);
    expect(events('expulsion')).toHaveLength(1);
    expect(events('summons')).toHaveLength(1);
  });

  it('when a dateline opens a sentence the copy breaks across lines and a link line follows the text, then the body starts at the dateline', () => {
    const raw =
      'Lima, 4 March 2025 (XYZ): The Foreign Minister of Peru, Elena Quispe, took part in the ceremony along with the Peruvian President,\nJosé Huamán.\n\nA ceremony was held for the new ambassadors accredited to Peru, who come from Ghana, Latvia and Nepal.\n\nAlso read: Peru and its partners in the Pacific \n\nThe ambassadors were wished success in their missions and welcomed to the country by the president.\n';
    const { d } = run(raw, 'President of Peru receives new ambassadors');
    expect(d.body.start).toBe(0);
    expect(d.entities.map((e) => e.name)).toContain('Elena Quispe');
  });
});

describe('a list a colon introduces', () => {
  it('when the object of a sanctions verb is a list after a colon, then each person listed is sanctioned', () => {
    const title = 'Britain sanctions Belarusian officials';
    const { rels } = run(
      `${title}\n\nThe British government on Tuesday imposed sanctions on Belarusian officials. Additionally, the Foreign Office is designating: Pavel Lutsenko, Belarus’s Minister of the Interior; Viktor Karpovich, the deputy head of the border guard; and Igor Vasko, the commander of the OMON unit.`,
      title,
    );
    // (The bare Foreign Office is the headline's state's, named as the set names it: entities/home-bodies.ts.)
    expect(rels).toEqual(
      expect.arrayContaining([
        'British Foreign Ministry SANCTIONED Pavel Lutsenko',
        'British Foreign Ministry SANCTIONED Viktor Karpovich',
        'British Foreign Ministry SANCTIONED Igor Vasko',
      ]),
    );
  });
});

describe('presenters of credentials named outside the clause', () => {
  it('when the presenters are listed one per line after "are:", then each met the host and is ambassador to the state envoys are appointed to', () => {
    const title = 'Ambassadors present letters of credence to President Lucas Ferreira';
    const { rels, events } = run(
      `${title}\n\nThree diplomats presented their credentials before President Lucas Ferreira, thus becoming ambassadors appointed to Paraguay.\n\nThe ambassadors who presented their credentials are:\n\n  • Thomas Keller, Swiss Ambassador.\n  • Ingrid Dahl, Norwegian Ambassador.\n\nLater, the president spoke with them about trade.`,
      title,
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Lucas Ferreira MET Thomas Keller',
        'Ingrid Dahl MET Lucas Ferreira',
        'Thomas Keller AMBASSADOR_TO Paraguay',
        'Ingrid Dahl AMBASSADOR_TO Paraguay',
      ]),
    );
    expect(events('meeting')).toHaveLength(1);
  });

  it('when a head of state receives credentials from unnamed incoming diplomats, then the new envoys the article names are the presenters', () => {
    const title = 'Kenya welcomes new envoys';
    const { rels } = run(
      `${title}\n\nPresident Daniel Mutua has presided over a ceremony to receive letters of credence from incoming diplomats, who will serve as Ambassadors or High Commissioners to Kenya.\n\nNew Ghanaian High Commissioner, Kwame Asante said trade would grow.\n\nThe new Austrian Ambassador Peter Huber said the visit had been a success.\n\nThe former Ambassador of Chile, Pablo Rojas, was not there.`,
      title,
    );
    expect(rels).toEqual(
      expect.arrayContaining([
        'Daniel Mutua MET Kwame Asante',
        'Daniel Mutua MET Peter Huber',
        'Kwame Asante AMBASSADOR_TO Kenya',
        'Peter Huber AMBASSADOR_TO Kenya',
      ]),
    );
    expect(rels.filter((r) => r.startsWith('Pablo Rojas'))).toEqual([]);
  });
});

describe("a body's summit", () => {
  it("when a sentence tells of what happened during a body's summit, then the summit is one meeting of that body, with its host", () => {
    const title = 'Beijing protests over summit statements';
    const { events } = run(
      `${title}\n\nChina protested on Monday over the statements issued during the G7 summit hosted by Japan. Diplomats said the mood at the G7 summit had been tense.`,
      title,
    );
    const summits = events('meeting').filter((e) =>
      e.participants.some((p) => p.entity.includes('g7') || p.entity.includes('group-of-seven')),
    );
    expect(summits).toHaveLength(1);
    expect(summits[0]!.participants.map((p) => p.role)).toContain('host');
  });

  it('when the summit is still ahead, then it is no event', () => {
    const title = 'Leaders prepare';
    const { events } = run(`${title}\n\nThe ministers met ahead of the G20 summit in Rio de Janeiro.`, title);
    expect(events('meeting').filter((e) => e.participants.some((p) => /g20/.test(p.entity)))).toEqual([]);
  });
});

describe('a country, a title and a name', () => {
  it('when the object is "<Country> High Commissioner <Name>", then the person is summoned, and heads the mission in the summoning state', () => {
    const title = 'Summons over attack';
    const { rels } = run(
      `${title}\n\nOn Friday, India summoned Pakistan High Commissioner Abdul Basit over the attack.`,
      title,
    );
    expect(rels).toContain('India SUMMONED Abdul Basit');
    expect(rels).not.toContain('India SUMMONED Pakistan');
    expect(rels).toContain('Abdul Basit AMBASSADOR_TO India');
  });

  it("when the title is a deputy's, then the person is summoned but no head of mission", () => {
    const title = 'Summons over attack';
    const { rels } = run(
      `${title}\n\nOn Friday, India summoned Pakistan Deputy High Commissioner Abdul Basit.`,
      title,
    );
    expect(rels).toContain('India SUMMONED Abdul Basit');
    expect(rels.filter((r) => r.includes('AMBASSADOR_TO'))).toEqual([]);
  });
});
