// Validation of annotation documents against their article text: a table of bad documents, each
// refused with the file and the item named.
import { describe, expect, it } from 'vitest';
import type { AnnotationDocument } from '@dossier/model';
import { formatDocumentErrors, validateDocument } from '../../server/src/ingest/validate-document.js';

const raw = 'MENU\nBiden met Putin in Geneva. "We talked," Biden said.\nAccept cookies';
const at = (text: string, from = 0) => {
  const start = raw.indexOf(text, from);
  return { start, end: start + text.length, text };
};
const good = (): AnnotationDocument => ({
  article: {
    id: 'test-article',
    title: 'T',
    outlet: 'O',
    published: '2021-06-16',
    url: null,
    language: 'en',
  },
  body: { start: 5, end: raw.indexOf('\nAccept') },
  entities: [
    {
      id: 'person:joe-biden',
      type: 'Person',
      name: 'Joe Biden',
      aliases: ['Biden'],
      mentions: [at('Biden')],
    },
    {
      id: 'person:vladimir-putin',
      type: 'Person',
      name: 'Vladimir Putin',
      aliases: [],
      mentions: [at('Putin')],
    },
    { id: 'place:geneva', type: 'Place', name: 'Geneva', aliases: [], mentions: [at('Geneva')] },
  ],
  events: [
    {
      id: 'event:geneva-summit',
      type: 'meeting',
      label: 'Summit',
      date: '2021-06-16',
      place: 'place:geneva',
      participants: [{ entity: 'person:joe-biden', role: 'participant' }],
      evidence: [at('Biden met Putin in Geneva.')],
    },
  ],
  statements: [
    {
      id: 'statement:we-talked',
      speaker: 'person:joe-biden',
      quote: 'We talked,',
      start: at('We talked,').start,
      end: at('We talked,').end,
      date: null,
      about: ['person:vladimir-putin'],
    },
  ],
  relations: [
    {
      source: 'person:joe-biden',
      type: 'MET',
      target: 'person:vladimir-putin',
      date: '2021-06-16',
      place: 'place:geneva',
      event: 'event:geneva-summit',
      evidence: [at('Biden met Putin in Geneva.')],
    },
  ],
});

type Mutation = [string, (d: AnnotationDocument) => void, string, RegExp];
const BAD: Mutation[] = [
  [
    'a mention whose text does not match',
    (d) => (d.entities[0]!.mentions[0]!.text = 'Obama'),
    'entities[0] person:joe-biden mentions[0]',
    /does not match the article .* which reads "Biden"/,
  ],
  [
    'a mention outside the body',
    (d) => d.entities[0]!.mentions.push(at('MENU')),
    'entities[0] person:joe-biden mentions[1]',
    /outside the article body/,
  ],
  [
    'a span past the end of the text',
    (d) => (d.entities[2]!.mentions[0] = { start: 500, end: 506, text: 'Geneva' }),
    'entities[2] place:geneva mentions[0]',
    /past the end/,
  ],
  [
    'a statement whose quote is elsewhere',
    (d) => (d.statements[0]!.start += 1),
    'statements[0] statement:we-talked quote',
    /does not match/,
  ],
  [
    'a dangling speaker',
    (d) => (d.statements[0]!.speaker = 'person:nobody'),
    'statements[0] statement:we-talked',
    /speaker person:nobody is not an entity/,
  ],
  [
    'a relation to an unknown entity',
    (d) => (d.relations[0]!.target = 'person:ghost'),
    'relations[0] person:joe-biden -MET-> person:ghost',
    /target person:ghost/,
  ],
  [
    'an event whose place is a person',
    (d) => (d.events[0]!.place = 'person:vladimir-putin'),
    'events[0] event:geneva-summit',
    /is a Person, not a Place/,
  ],
  [
    'an unknown event on a relation',
    (d) => (d.relations[0]!.event = 'event:elsewhere'),
    'relations[0] person:joe-biden -MET-> person:vladimir-putin',
    /event event:elsewhere/,
  ],
  [
    'a duplicate id',
    (d) => d.entities.push({ ...d.entities[0]! }),
    'entities[3] person:joe-biden',
    /used more than once/,
  ],
  ['a schema error (bad date)', (d) => (d.events[0]!.date = '16/06/2021'), 'events.0.date', /ISO date/],
  [
    'a schema error (bad relation type)',
    (d) => (d.relations[0]!.type = 'met with'),
    'relations.0.type',
    /UPPER_SNAKE/,
  ],
  ['a schema error (bad entity id)', (d) => (d.entities[0]!.id = 'Joe Biden'), 'entities.0.id', /person:/],
];

describe('validateDocument', () => {
  it('when the document is right, then it passes', () => {
    expect(validateDocument(raw, good(), 'good.json')).toMatchObject({ ok: true });
  });

  it.each(BAD)(
    'when it has %s, then it is refused naming the file and the item',
    (_what, mutate, item, message) => {
      const doc = good();
      mutate(doc);
      const r = validateDocument(raw, doc, 'bad.json');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        const error = r.errors.find((e) => e.item === item);
        expect(error, JSON.stringify(r.errors)).toBeDefined();
        expect(error!.file).toBe('bad.json');
        expect(error!.message).toMatch(message);
        expect(formatDocumentErrors(r.errors)).toContain(`bad.json: ${item}: `);
      }
    },
  );

  it('when the article id is not the expected one, then it is refused', () => {
    const r = validateDocument(raw, good(), 'x.json', 'another-article');
    expect(r).toMatchObject({ ok: false });
  });

  it('when several things are wrong, then every one is reported', () => {
    const doc = good();
    doc.entities[0]!.mentions[0]!.text = 'X';
    doc.statements[0]!.speaker = 'person:nobody';
    const r = validateDocument(raw, doc, 'bad.json');
    expect(r.ok ? 0 : r.errors.length).toBe(2);
  });
});
