// The people and bodies a sanctions report names beside a counted group or a package (session 20): "two
// Russian companies — A and B —", "28 organizations and two banks, A and B" (a list after a dash, or after a
// comma when it closes the clause), "several officials, including the army chief of staff, A," (a role
// and the name beside it), "This round of sanctions includes freezing the assets of A", "The package of
// sanctions includes A", and a list item that repeats the preposition ("…; as well as on B"). Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (body: string) =>
  extractChecked('Sanctions news', body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('a counted group and the names set beside it', () => {
  it.each([
    [
      'Canada sanctioned two Russian companies — Gazprom and Rosneft — over the war.',
      'Canada',
      ['Gazprom', 'Rosneft'],
    ],
    [
      'Australia imposed sanctions on 10 officials and two Russian companies — Gazprom and Rosneft — on Monday.',
      'Australia',
      ['Gazprom', 'Rosneft'],
    ],
    [
      'Japan imposed sanctions on 28 Russian organizations and two Russian banks, Sberbank and VTB.',
      'Japan',
      ['Sberbank', 'VTB'],
    ],
    [
      'Britain imposed sanctions on three banks, Sberbank, VTB and Alfa-Bank.',
      'United Kingdom',
      ['Sberbank', 'VTB', 'Alfa-Bank'],
    ],
    [
      'Britain imposed sanctions on two Russian banks, Sberbank and VTB, on Thursday.',
      'United Kingdom',
      ['Sberbank', 'VTB'],
    ],
    [
      'France imposed sanctions on several Syrian officials, including the army chief of staff, Rufus Firefly, over the attacks.',
      'France',
      ['Rufus Firefly'],
    ],
  ])('when "%s", then %s sanctions %j', (body, by, who) => {
    expect(sanctions(body)).toEqual(expect.arrayContaining(who.map((w) => `${by} SANCTIONED ${w}`)));
  });

  it.each([
    ['The US sanctioned two Russian banks, Treasury said.', 'Treasury'],
    ['The US sanctioned four Russian companies, Reuters reported on Friday.', 'Reuters'],
    [
      'The US imposed sanctions on several officials, including two from Iran, Antony Blinken said.',
      'Antony Blinken',
    ],
  ])(
    'when the name after the comma tells of the sanctions ("%s"), then %s is not sanctioned',
    (body, who) => {
      expect(sanctions(body).filter((r) => r.endsWith(` SANCTIONED ${who}`))).toEqual([]);
    },
  );
});

describe('a package or round of sanctions that includes named people', () => {
  it.each([
    [
      'Canada imposed sanctions on Iran on Monday. The package of sanctions includes Rufus Firefly and Chico Marx.',
      'Canada',
      ['Rufus Firefly', 'Chico Marx'],
    ],
    [
      'Britain announced new sanctions on Russia on Friday. This round of sanctions includes freezing the assets of Rufus Firefly and his son, Chico Marx.',
      'United Kingdom',
      ['Rufus Firefly', 'Chico Marx'],
    ],
    [
      'The EU adopted sanctions against Iran on Monday. The latest tranche targets Rufus Firefly, a general of the army.',
      'European Union',
      ['Rufus Firefly'],
    ],
    [
      'Japan imposed sanctions on Russia on Monday. The new sanctions include Rufus Firefly, head of a shipping firm.',
      'Japan',
      ['Rufus Firefly'],
    ],
  ])('when "%s", then %s sanctions %j', (body, by, who) => {
    expect(sanctions(body)).toEqual(expect.arrayContaining(who.map((w) => `${by} SANCTIONED ${w}`)));
  });

  it("when the package includes a ban on a country's goods, then that country is not sanctioned by the list", () => {
    expect(
      sanctions(
        'Japan imposed sanctions on Russia on Monday. The package includes a ban on imports from Belarus.',
      ),
    ).toEqual(['Japan SANCTIONED Russia']);
  });
});

describe('a list item that repeats the preposition of the sanctions', () => {
  it('when "…; as well as on A and B", then A and B are listed', () => {
    expect(
      sanctions(
        'Canada imposed sanctions on Iran on Monday. The list includes Rufus Firefly, a police general; Chico Marx, a prosecutor; as well as on Gazprom and Rosneft.',
      ),
    ).toEqual(
      expect.arrayContaining([
        'Canada SANCTIONED Gazprom',
        'Canada SANCTIONED Rosneft',
        'Canada SANCTIONED Chico Marx',
      ]),
    );
  });

  it('when a body is named by a description\'s preposition ("with shares in X"), then it is not listed', () => {
    expect(
      sanctions(
        'Canada imposed sanctions on Iran on Monday. The list includes Rufus Firefly, a police general with shares in Gazprom.',
      ),
    ).not.toContain('Canada SANCTIONED Gazprom');
  });
});

describe('"sanctions on <group>, including A and B": bodies as well as people', () => {
  it.each([
    [
      'Canada has imposed sanctions on 34 Iranian officials and entities, including the Islamic Revolutionary Guard Corps (IRGC), over the crackdown.',
      'Canada',
      ['Islamic Revolutionary Guard Corps'],
    ],
    [
      'Britain imposed sanctions on 20 individuals and entities, including Gazprom and the Wagner Group, on Friday.',
      'United Kingdom',
      ['Gazprom', 'Wagner Group'],
    ],
    [
      'Australia imposed sanctions on five entities, including the Islamic Revolutionary Guard Corps.',
      'Australia',
      ['Islamic Revolutionary Guard Corps'],
    ],
  ])('when "%s", then %s sanctions %j', (body, by, who) => {
    expect(sanctions(body)).toEqual(expect.arrayContaining(who.map((w) => `${by} SANCTIONED ${w}`)));
  });

  it.each([
    ['The US imposed new sanctions on Iran, including on its oil sector, Reuters said.', 'Reuters'],
    ['Britain announced sanctions on Russia, including a ban on Gazprom exports.', 'Gazprom'],
    [
      'The EU extended sanctions against Moscow, including those announced by Kaja Kallas in May.',
      'Kaja Kallas',
    ],
  ])(
    'when what "including" names is a source, a description or an announcer ("%s"), then %s is not sanctioned',
    (body, who) => {
      expect(sanctions(body).filter((r) => r.endsWith(` SANCTIONED ${who}`))).toEqual([]);
    },
  );
});
