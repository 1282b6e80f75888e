// Lines of a list, one name a line with its post after a dash ("Ivan Petrov – Head of the Federal
// Penitentiary Service"): no source credit blanks the name (furniture.ts: a leading "Daily Courier – " credits
// only a line that reads as a sentence), the post gives the relation (relations/appositions.ts), and a list a
// colon opens right after the sanctions joins them (events/sanction-lines.ts). Every line here is invented.
import { describe, expect, it } from 'vitest';
import { creditSpans } from '../../server/src/extract/furniture.js';
import { extractChecked, namesOf } from '../helpers/extract-text.js';

const TITLE = 'Canada sanctions Russian officials';
const BODY = [
  'Canada on Friday imposed sanctions on nine Russian officials over the war in Ukraine. The list includes:',
  'Pavel Gromov – Head of the Federal Penitentiary Service',
  'Marina Kotova – Member of the State Duma',
  'The sanctions freeze their assets in Canada.',
].join('\n\n');

describe('a list of names with their posts after a dash', () => {
  it('credits a source before a dash only on a line that reads as a sentence', () => {
    expect(creditSpans('Daily Courier – Bolivia has cut ties with Mexico.')).toEqual([[0, 16]]);
    expect(creditSpans('Pavel Gromov – Head of the Federal Penitentiary Service')).toEqual([]);
  });

  it('keeps the listed people and reads their posts', () => {
    const r = extractChecked(TITLE, BODY);
    expect(namesOf(r.d, 'Person')).toEqual(expect.arrayContaining(['Pavel Gromov', 'Marina Kotova']));
    expect(r.rels).toContain('Pavel Gromov LEADS Federal Penitentiary Service');
    expect(r.rels).toContain('Marina Kotova MEMBER_OF State Duma');
  });

  it('sanctions the people a list opened right after the sanctions names', () => {
    const r = extractChecked(TITLE, BODY);
    expect(r.rels).toContain('Canada SANCTIONED Pavel Gromov');
    expect(r.rels).toContain('Canada SANCTIONED Marina Kotova');
  });

  it('reads no post after a dash inside a sentence', () => {
    const r = extractChecked(
      'Minister speaks',
      'The talks went on for hours, said Pavel Gromov – Head of the Federal Penitentiary Service sat beside him.',
    );
    expect(r.rels.filter((x) => x.startsWith('Pavel Gromov '))).toEqual([]);
  });
});
