// A body's long name that a bracketed acronym spells is one organisation (entities/spelled-acronyms.ts), on
// invented text with invented names: a country word glued to the name ("Valdoria Zemlya-e-Nova (VZN)"), a
// lower-case part or "and" inside it; not a place's long name, a pair of places, a title, a document, a
// possessive or a plural's acronym.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const names = (d: ReturnType<typeof extract>, type: string) =>
  d.entities.filter((e) => e.type === type).map((e) => e.name);

describe('a long name spelled by its bracketed acronym', () => {
  it('when a country word opens the name, then the whole run is the organisation, not the place', () => {
    const d = extract(
      'Party appeals\nKenya Umoja-e-Watu (KUW) leader Amos Birika said on Friday the KUW would appeal.',
    );
    expect(names(d, 'Organization')).toContain('Kenya Umoja-e-Watu');
    expect(names(d, 'Organization')).not.toContain('KUW');
    expect(names(d, 'Place')).not.toContain('Kenya');
  });

  it('when "and" joins two parts of the name, then the name runs over it', () => {
    const d = extract(
      'Sanctions issued\nThe order names four members of the Border Patrol and Customs Bureau (BPCB) in Tarsk.',
    );
    expect(names(d, 'Organization')).toContain('Border Patrol and Customs Bureau');
  });

  it('when one inner word is left out of the acronym, then the name is still spelled', () => {
    const d = extract(
      'Sanctions issued\nSix members of the Supreme Defense and Security Council (SDC) were listed on Monday.',
    );
    expect(names(d, 'Organization')).toContain('Supreme Defense and Security Council');
    expect(names(d, 'Organization')).not.toContain('Security Council');
  });
});

describe('bracketed acronyms that name no new body', () => {
  it('when the run is a place’s long name or a pair of places, then no organisation is made', () => {
    const d = extract(
      'Talks held\nEnvoys of the Democratic Republic of the Congo (DRC) and of Trinidad and Tobago (TT) met on Monday.',
    );
    expect(names(d, 'Organization')).toEqual([]);
  });

  it('when the run ends in a title, a possessive or a document, then no organisation is made of it', () => {
    const d = extract(
      [
        'Talks held',
        'Valdoria’s Foreign Affairs Minister (FAM) spoke on Monday.',
        'He cited the Coastal Waters Convention (CWC) and the Island Countries (ICs) view.',
      ].join('\n'),
    );
    expect(names(d, 'Organization')).toEqual([]);
  });
});
