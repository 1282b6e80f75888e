// Envoys listed with their postings (session 28): a title with its posting run into a name ("Ambassador
// to Austria B") is that name's, in a list too, never the name's before it (relations/envoys.ts,
// role-of-name); a list of persons met may end with a body's head named after the role ("and the Head of
// the Mission, Ambassador C"), and a list met right after a group of envoys is said to be met is one
// meeting of that group (events/meeting-list-tail.ts). Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, relationsOfType } from '../helpers/extract-text.js';

const envoys = (body: string) => relationsOfType('AMBASSADOR_TO', 'Envoys gather', body);

describe('a list of titles each run into its name', () => {
  it.each([
    'The minister held talks with Ambassador to Chile Pedro Alves, Ambassador to Peru Marta Sousa, Ambassador to Ghana Rui Costa and Ambassador to Kenya Ana Lima.',
    'The minister held talks with the Ambassador to Chile Pedro Alves, the Ambassador to Peru Marta Sousa, the Ambassador to Ghana Rui Costa and the Ambassador to Kenya Ana Lima.',
    'The minister received Portuguese Ambassador to Chile Pedro Alves, Ambassador to Peru Marta Sousa, Ambassador to Ghana Rui Costa and Ambassador to Kenya Ana Lima on Tuesday.',
  ])('"%s": each name its own posting', (body) => {
    const r = envoys(body);
    expect(r).toEqual(
      expect.arrayContaining([
        'Pedro Alves AMBASSADOR_TO Chile',
        'Marta Sousa AMBASSADOR_TO Peru',
        'Rui Costa AMBASSADOR_TO Ghana',
        'Ana Lima AMBASSADOR_TO Kenya',
      ]),
    );
    for (const wrong of [
      'Pedro Alves AMBASSADOR_TO Peru',
      'Marta Sousa AMBASSADOR_TO Ghana',
      'Rui Costa AMBASSADOR_TO Kenya',
    ])
      expect(r).not.toContain(wrong);
  });

  it('keeps the apposition after a name in a list of name-and-role pairs', () => {
    const r = envoys(
      'The minister received Pedro Alves, ambassador to Chile, Marta Sousa, ambassador to Peru, and Rui Costa.',
    );
    expect(r).toEqual(
      expect.arrayContaining(['Pedro Alves AMBASSADOR_TO Chile', 'Marta Sousa AMBASSADOR_TO Peru']),
    );
    expect(r).not.toContain('Rui Costa AMBASSADOR_TO Peru');
  });

  it('gives a lone apposition to its name when no name follows the posting', () => {
    expect(envoys('Pedro Alves, ambassador to Chile, said the talks went well.')).toContain(
      'Pedro Alves AMBASSADOR_TO Chile',
    );
  });

  it('gives no posting to a deputy in the list', () => {
    const r = envoys(
      'The minister met Ambassador to Chile Pedro Alves and Deputy Ambassador to Peru Marta Sousa.',
    );
    expect(r).toContain('Pedro Alves AMBASSADOR_TO Chile');
    expect(r).not.toContain('Marta Sousa AMBASSADOR_TO Peru');
    expect(r).not.toContain('Pedro Alves AMBASSADOR_TO Peru');
  });
});

const meetings = (body: string) => {
  const x = extractChecked('Envoys gather', body);
  return {
    met: x.rels.filter((r) => r.includes(' MET ')),
    groups: x.events('meeting').map((e) =>
      e.participants
        .map((p) => x.name(p.entity))
        .sort()
        .join('+'),
    ),
  };
};

describe("a list of persons met ending with a body's head", () => {
  it('meets the head named after the role', () => {
    const { met } = meetings(
      'Foreign Minister Ana Lima held talks with Ambassador to Chile Pedro Alves and the Head of the Permanent Mission to the United Nations, Ambassador Rui Costa.',
    );
    expect(met).toEqual(expect.arrayContaining(['Ana Lima MET Pedro Alves']));
    expect(met.some((r) => r.includes('Rui Costa') && r.includes('Ana Lima'))).toBe(true);
  });

  it('does not when the head begins a clause of its own', () => {
    const { met } = meetings(
      'Foreign Minister Ana Lima held talks with Pedro Alves and the head of the Central Bank of Kenya, Rui Costa, said the talks went well.',
    );
    expect(met.some((r) => r.includes('Rui Costa') && r.includes('Ana Lima'))).toBe(false);
  });
});

describe('a list met after a group of envoys is said to be met', () => {
  it('is one meeting of them all', () => {
    const { groups } = meetings(
      "Foreign Minister Ana Lima met on Monday with a number of the country's ambassadors. She had talks with Ambassador to Chile Pedro Alves, Ambassador to Peru Marta Sousa and Ambassador to Ghana Rui Costa.",
    );
    expect(groups).toEqual(['Ana Lima+Marta Sousa+Pedro Alves+Rui Costa']);
  });

  it('stays one meeting each when the words say separate', () => {
    const { groups } = meetings(
      "Foreign Minister Ana Lima met on Monday with a number of the country's ambassadors. She held separate meetings with Ambassador to Chile Pedro Alves, Ambassador to Peru Marta Sousa and Ambassador to Ghana Rui Costa.",
    );
    expect(groups).toHaveLength(3);
  });

  it('stays one meeting each with no group of envoys before', () => {
    const { groups } = meetings(
      'Foreign Minister Ana Lima arrived in Lisbon on Monday. She had talks with Pedro Alves, Marta Sousa and Rui Costa.',
    );
    expect(groups).toHaveLength(3);
  });
});

describe("a state's permanent mission to a body other than the UN", () => {
  it('is one organisation named as written, its head the named ambassador', () => {
    const x = extractChecked(
      'Envoys gather',
      'The minister met the Head of the Polish Permanent Mission to the Council of Europe, Ambassador Anna Nowak, on Monday.',
    );
    expect(x.names).toContain('Organization Polish Permanent Mission to the Council of Europe');
    expect(x.names).not.toContain('Organization Council of Europe');
    expect(x.rels).toContain('Anna Nowak LEADS Polish Permanent Mission to the Council of Europe');
  });

  it('needs "Permanent" and a state adjective', () => {
    const x = extractChecked('Envoys gather', "Germany's mission to NATO declined to comment on Monday.");
    expect(x.names.some((n) => n.includes('Mission'))).toBe(false);
  });
});

describe('envoys listed after a plural title, each with its posting after the name', () => {
  it.each([
    'The minister met the ambassadors Pedro Alves to Chile and Marta Sousa to Peru on Monday.',
    'Minister Ana Lima received ambassadors Pedro Alves to Chile, Marta Sousa to Peru and Rui Costa to Ghana.',
  ])('"%s": each its own', (body) => {
    const r = envoys(body);
    expect(r).toEqual(
      expect.arrayContaining(['Pedro Alves AMBASSADOR_TO Chile', 'Marta Sousa AMBASSADOR_TO Peru']),
    );
    expect(r).not.toContain('Pedro Alves AMBASSADOR_TO Peru');
  });

  it.each([
    'The deputy ambassadors Pedro Alves to Chile and Marta Sousa to Peru attended the reception.',
    'The ambassadors met Pedro Alves to talk about Chile and Marta Sousa to discuss Peru.',
  ])('"%s": none', (body) => {
    expect(envoys(body)).toEqual([]);
  });
});
