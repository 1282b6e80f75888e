// The shared model (@dossier/model): the HTML-or-text rule every entry point uses, entity ids by prefix,
// and the id and type vocabulary the annotation schema is built from.
import { describe, expect, it } from 'vitest';
import {
  annotationDocument,
  ENTITY_ID_PATTERN,
  ENTITY_TYPES,
  entityId,
  isEntityId,
  looksLikeHtml,
  NODE_TYPES,
  relationType,
} from '@dossier/model';

describe('looksLikeHtml', () => {
  it('when input opens with a doctype or an HTML element, after whitespace, comments or an XML prolog, then it is HTML', () => {
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<p>Hi</p>')).toBe(true);
    expect(looksLikeHtml('\n<article><h1>Title</h1></article>')).toBe(true);
    expect(looksLikeHtml('<!-- saved page -->\n<?xml version="1.0"?><div>x</div>')).toBe(true);
  });
  it('when <html> or <body> comes after some junk near the start, then it is HTML', () => {
    expect(looksLikeHtml('Junk before\n<html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml(`${'x'.repeat(5000)}<html><body>x</body></html>`)).toBe(false);
  });
  it('when plain text holds a stray tag or angle brackets, then it is text', () => {
    expect(looksLikeHtml('Plain text with <b> inside')).toBe(false);
    expect(looksLikeHtml('Plain text with a < sign and a > sign.')).toBe(false);
    expect(looksLikeHtml('<Reuters> reported on Friday')).toBe(false);
  });
  it('when a file is named .html/.htm/.xhtml, then it is HTML whatever it holds', () => {
    expect(looksLikeHtml('no tags at all', 'page.HTML')).toBe(true);
    expect(looksLikeHtml('no tags at all', 'page.xhtml')).toBe(true);
    expect(looksLikeHtml('no tags at all', 'notes.txt')).toBe(false);
  });
});

describe('ids and types', () => {
  it('when an id has an entity prefix, then isEntityId says so; events, statements and articles are not entities', () => {
    expect(['person:anatoly-antonov', 'organization:tass', 'place:moscow'].map(isEntityId)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['event:recall-1', 'statement:s-1', 'tass-2021-03-20', 'personal:x'].map(isEntityId)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it('when an entity id is checked in full, then the part after the prefix must be a lower-case slug', () => {
    expect(ENTITY_ID_PATTERN.test('place:new-york')).toBe(true);
    expect(ENTITY_ID_PATTERN.test('place:New-York')).toBe(false);
    expect(entityId.safeParse('person:a--b').success).toBe(false);
    expect(relationType.safeParse('AMBASSADOR_TO').success).toBe(true);
    expect(relationType.safeParse('ambassador_to').success).toBe(false);
  });
  it('when the node types are listed, then the entity types are among them and the annotation schema accepts only entity types', () => {
    for (const t of ENTITY_TYPES) expect(NODE_TYPES).toContain(t);
    const doc = {
      article: { id: 'a', title: 'T', outlet: 'O', published: null, url: null, language: 'en' },
      body: { start: 0, end: 1 },
      entities: [
        { id: 'place:x', type: 'Event', name: 'X', aliases: [], mentions: [{ start: 0, end: 1, text: 'X' }] },
      ],
      events: [],
      statements: [],
      relations: [],
    };
    expect(annotationDocument.safeParse(doc).success).toBe(false);
    doc.entities[0]!.type = 'Place';
    expect(annotationDocument.safeParse(doc).success).toBe(true);
  });
});
