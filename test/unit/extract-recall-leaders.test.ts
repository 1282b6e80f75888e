// A leader who recalls envoys named only by their post (session 29): "President Bola Tinubu has recalled
// all Nigeria's ambassadors" is a recall by him; "the ambassador" after a recall the article told is that
// recall again; remembering ("recalled that …", "recalled the ambassadors' achievements") is none. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The recallers' names of every recall event read from `body`. */
function recallers(body: string): string[][] {
  const r = extractChecked('Envoys recalled', body);
  return r
    .events('recall')
    .map((e) => e.participants.filter((p) => p.role === 'recaller').map((p) => r.name(p.entity)));
}

describe('a leader recalls envoys named by their post', () => {
  it.each([
    ['President Bola Tinubu has recalled all Nigeria’s ambassadors.', 'Bola Tinubu'],
    ['President William Ruto recalled the Kenyan Ambassador to Iran on Monday.', 'William Ruto'],
    ['Gustavo Petro recalled his ambassador to Israel for consultations.', 'Gustavo Petro'],
    ['On Thursday, President Bola Tinubu recalled Nigeria’s High Commissioner to the UK.', 'Bola Tinubu'],
  ])('when "%s", then %s recalls', (text, who) => {
    expect(recallers(text)).toEqual([[who]]);
  });

  it('when a president recalls "the ambassador" after his state\'s recall, then it is one recall by the state', () => {
    const body = [
      'Algeria has recalled its ambassador to France for consultations, the presidency said.',
      'President Abdelmadjid Tebboune decided to immediately recall the ambassador, it added.',
    ].join('\n\n');
    expect(recallers(body)).toEqual([['Algeria']]);
  });
});

describe('remembering is no recall', () => {
  it.each([
    'Bola Tinubu recalled the ambassadors’ achievements in a speech.',
    'Gustavo Petro recalled that the ambassadors had warned him.',
  ])('when "%s", then no recall', (text) => {
    expect(recallers(text)).toEqual([]);
  });
});
