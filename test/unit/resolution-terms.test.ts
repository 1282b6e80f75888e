// The full-text terms entity resolution asks the graph for, split by how they are read: names and
// surnames for every node they find (the surname rule must see every person of a surname), role phrases
// for their best hits only (ever more nodes share "minister" as the archive grows).
import { describe, expect, it } from 'vitest';
import type { AnnotatedEntity, AnnotationDocument } from '@dossier/model';
import { batchTerms, splitTerms, type BatchContext } from '../../server/src/ingest/resolve/batch.js';

const EMPTY: BatchContext = { found: new Map(), loaded: new Map() };

function docWith(entities: AnnotatedEntity[]): AnnotationDocument {
  return {
    article: {
      id: 'terms-1',
      title: 'A title',
      outlet: 'Test',
      published: '2024-03-01',
      url: null,
      language: 'en',
    },
    body: { start: 0, end: 10 },
    entities,
    events: [],
    statements: [],
    relations: [],
  };
}

const person = (id: string, name: string, aliases: string[] = []): AnnotatedEntity => ({
  id,
  type: 'Person',
  name,
  aliases,
  mentions: [],
});

describe('full-text terms of entity resolution', () => {
  it('when terms are role phrases, then they are read capped; names and surnames are read whole', () => {
    expect(
      splitTerms([
        'Marta Ellingsen',
        'Ellingsen',
        'minister',
        "minister's",
        'the foreign minister',
        "Norland's envoy to the UN",
        'Deputy Minister Marta Ellingsen',
      ]),
    ).toEqual({
      names: ['Marta Ellingsen', 'Ellingsen', 'Deputy Minister Marta Ellingsen'],
      roles: ['minister', "minister's", 'the foreign minister', "Norland's envoy to the UN"],
    });
  });

  it('when a person is named with a title, then the full name and the surname are names and the title word a role', () => {
    const doc = docWith([
      person('person:marta-ellingsen', 'Deputy Minister Marta Ellingsen', ['the deputy minister']),
    ]);
    expect(batchTerms([doc], EMPTY)).toEqual({
      names: ['Deputy Minister Marta Ellingsen', 'ellingsen'],
      roles: ['deputy', 'minister', 'the deputy minister'],
    });
  });

  it('when an organization or a place holds no role word, then all its terms are names', () => {
    const doc = docWith([
      { id: 'org:harbour-board', type: 'Organization', name: 'Harbour Board', aliases: [], mentions: [] },
      { id: 'place:vellmark', type: 'Place', name: 'Vellmark', aliases: ['Vellmark City'], mentions: [] },
    ]);
    expect(batchTerms([doc], EMPTY)).toEqual({
      names: ['Harbour Board', 'Vellmark', 'Vellmark City'],
      roles: [],
    });
  });
});
