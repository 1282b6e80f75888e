// A lower-case "speaker" before a name titles it as "minister" does (entities/classification.ts
// LOWER_TITLE_BEFORE): "former parliamentary speaker Xandro Pelleta" is a person even when no lexicon knows
// the given name. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

describe('a name after a lower-case "speaker"', () => {
  it.each([
    ['The court heard from former speaker Xandro Pelleta on Tuesday.'],
    ['Ruling party chair and former parliamentary speaker Xandro Pelleta left early.'],
  ])('when the text reads "%s", then the name is a person', (body) => {
    expect(extractChecked('Court hears case', body).names).toContain('Person Xandro Pelleta');
  });

  it('when it closes a sanctions list, then the person is sanctioned', () => {
    const body =
      'The European Union imposed sanctions on Ruritania on Monday. Also named were police chief Dario Quintal and former parliamentary speaker Xandro Pelleta.';
    expect(extractChecked('EU sanctions officials', body).rels).toContain(
      'European Union SANCTIONED Xandro Pelleta',
    );
  });
});
