// The status of an expelled diplomat however the article spells it (events/persona-non-grata.ts, shared by
// the expulsion rules): "Persona Non Grata" capitalised and quoted, "as" before it, "personae non gratae",
// "persona non-grata", given by "declared", "recognised as" or "citing … as". And what is no expulsion: the
// term explained, a question about it. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('the status of persona non grata, however spelled', () => {
  it.each([
    [
      'capitalised and quoted, after "as"',
      'Chile declared the Peruvian consul in Arica, Tomas Varga, as ‘Persona Non Grata’ on Monday.',
    ],
    [
      '"as" and lower case',
      'Chile declared the Peruvian consul in Arica, Tomas Varga, as persona non grata on Monday.',
    ],
    [
      'plural spelling',
      'Chile declared the Peruvian consul in Arica, Tomas Varga, personae non gratae on Monday.',
    ],
    ['hyphenated', 'Chile declared the Peruvian consul in Arica, Tomas Varga, persona non-grata on Monday.'],
  ])('%s', (_, body) => {
    const r = run('Chile expels Peruvian consul', body);
    expect(r.events('expulsion')).toHaveLength(1);
    expect(r.rels).toContain('Chile EXPELLED Tomas Varga');
  });

  it('"recognised as persona non grata": the subject is expelled', () => {
    const r = run(
      'Staff expelled',
      'Three Peruvian diplomats have been recognised as persona non grata by Chile and must leave by Friday.',
    );
    expect(r.events('expulsion').length).toBeGreaterThan(0);
  });

  it.each([
    ['the term explained', 'Persona Non Grata is a Latin term used in diplomacy for an unwelcome person.'],
    ['a question', 'What does ‘Persona Non Grata’ mean for a diplomat posted to Chile?'],
  ])('not: %s', (_, body) => {
    const r = run('A diplomatic term', body);
    expect(r.events('expulsion')).toHaveLength(0);
  });
});
