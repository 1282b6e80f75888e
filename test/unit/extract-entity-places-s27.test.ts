// Places met in session 27, on invented text: unknown names listed after a preposition of place
// ("from Tigray and Amhara", entities/coordinated-places.ts); venues named like bodies ("… Convention
// Centre", "Oval Office", entities/venues.ts); a guard of honour, no organisation; capitals and regions the
// lexicon lacked ("Kigali", "Jammu and Kashmir", "Soviet Union", "Dar es Salaam").
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

const places = (d: ReturnType<typeof extract>) => namesOf(d, 'Place');
const orgs = (d: ReturnType<typeof extract>) => namesOf(d, 'Organization');

describe('places listed after a preposition', () => {
  it('when two unknown names are joined by "and" after "from", then each is a place', () => {
    const d = extract(
      ['Talks held', 'Elders from Tigray and Amhara attended the talks on Monday.'].join('\n'),
    );
    expect(places(d)).toEqual(expect.arrayContaining(['Tigray', 'Amhara']));
  });

  it('when a list of unknown names after "near" ends the sentence, then each is a place', () => {
    const d = extract(['Shelling reported', 'Shelling went on near Kupiansk and Vuhledar.'].join('\n'));
    expect(places(d)).toEqual(expect.arrayContaining(['Kupiansk', 'Vuhledar']));
  });

  it('when the list runs on into a company name, then it names no place', () => {
    const d = extract(['Career', 'He worked in Hollis and Drexmoor Holdings for a decade.'].join('\n'));
    expect(places(d)).not.toContain('Hollis');
    expect(places(d)).not.toContain('Drexmoor');
  });

  it('when a known first name is in the list, then the list names no place', () => {
    const d = extract(['Visit', 'Letters came from Maria and Tomasz on Friday.'].join('\n'));
    expect(places(d)).not.toContain('Tomasz');
  });
});

describe('venues and ceremonies named like bodies', () => {
  it('when a summit opens at a convention centre, then the centre is a place', () => {
    const d = extract(
      ['Summit opens', 'The summit opened at the Mwangaza International Convention Centre in Nairobi.'].join(
        '\n',
      ),
    );
    expect(places(d)).toContain('Mwangaza International Convention Centre');
    expect(orgs(d)).not.toContain('Mwangaza International Convention Centre');
  });

  it('when a president speaks in the Oval Office, then the office is a place', () => {
    const d = extract(
      ['Remarks', 'The president spoke to reporters in the Oval Office on Friday.'].join('\n'),
    );
    expect(places(d)).toContain('Oval Office');
  });

  it('when a centre names a body, not a hall, then it stays an organisation', () => {
    const d = extract(['Observers', 'The Halvorsen Research Center sent observers to the vote.'].join('\n'));
    expect(orgs(d)).toContain('Halvorsen Research Center');
  });

  it('when a visitor inspects a guard of honour, then it names no organisation', () => {
    const d = extract(['Arrival', 'He inspected a Guard of Honour at the airport on arrival.'].join('\n'));
    expect(orgs(d)).not.toContain('Guard of Honour');
  });

  it('when a guard names a unit, then it stays an organisation', () => {
    const d = extract(['Unrest', 'The Republican Guard surrounded the palace overnight.'].join('\n'));
    expect(orgs(d)).toContain('Republican Guard');
  });
});

describe('capitals and regions of the lexicon', () => {
  it('when a capital is named with no preposition before it, then it is a place', () => {
    const d = extract(['Talks', 'Officials said Kigali and Niamey had both been consulted.'].join('\n'));
    expect(places(d)).toEqual(expect.arrayContaining(['Kigali', 'Niamey']));
  });

  it('when a region is named with "and" inside, then it is one place', () => {
    const d = extract(['Clash', 'Two soldiers died in Jammu and Kashmir on Thursday.'].join('\n'));
    expect(places(d)).toContain('Jammu and Kashmir');
    expect(places(d)).not.toContain('Kashmir');
  });

  it('when the region is written with "&", then it is the same place', () => {
    const d = extract(['Clash', 'Two soldiers died in Jammu & Kashmir on Thursday.'].join('\n'));
    expect(places(d)).toContain('Jammu and Kashmir');
  });

  it('when the Soviet Union is named, then it is a place, no organisation', () => {
    const d = extract(
      ['History', 'The three states were once part of the Soviet Union, he said.'].join('\n'),
    );
    expect(places(d)).toContain('Soviet Union');
    expect(orgs(d)).not.toContain('Soviet Union');
  });

  it('when a known city has a lower-case particle, then the whole name is the place', () => {
    const d = extract(['Arrival', 'The president arrived in Dar es Salaam on Friday.'].join('\n'));
    expect(places(d)).toContain('Dar es Salaam');
  });

  it("when a person's name has a lower-case particle, then it is no place", () => {
    const d = extract(['Remarks', 'Juan de la Cruz said the talks had failed.'].join('\n'));
    expect(places(d)).not.toContain('Juan de la Cruz');
  });
});
