// Regions of a federation named with "state" (server/src/extract/entities/state-regions.ts): "<Name> State"
// is a place (a known place that is the name gives way: "Niger State" is no mention of Niger), "of/in <Name>
// state" is the place without its head, and the bare name elsewhere is the same region; "Islamic State",
// "Secretary of State", "a Member State", "the Union State", "Lagos State Government" and "state media" make
// no region.
import { describe, expect, it } from 'vitest';
import { extract, namesOf } from '../helpers/extract-text.js';

describe('regions named with "State"', () => {
  it('when a region is named "<Name> State" in several positions, then each is a place with its head', () => {
    const d = extract(
      [
        'Gunmen attack villages',
        'Officials in Zamfara State said on Tuesday that gunmen had killed nine farmers.',
        'The Taraba State Deputy Governor, Haruna Manu, visited the wounded.',
        'Fighting also spread to Akwa Ibom State, where police made arrests.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    expect(places).toEqual(expect.arrayContaining(['Zamfara State', 'Taraba State', 'Akwa Ibom State']));
    expect(places).not.toContain('Ibom State');
  });

  it('when the name before "State" is a known country, then the region replaces the country', () => {
    const d = extract(
      [
        'Governor swears in cabinet',
        'Niger State Governor Umaru Bago swore in 30 commissioners in Minna.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Place')).toContain('Niger State');
    expect(namesOf(d, 'Place')).not.toContain('Niger');
  });

  it('when the region is also named bare or with a lower-case head, then it is the same place', () => {
    const d = extract(
      [
        'New cabinet in Kogi',
        'The governor of Kogi state, Ahmed Ododo, swore in his cabinet on Monday.',
        'The Chief Judge of Kogi State administered the oath.',
      ].join('\n'),
    );
    const region = d.entities.filter((e) => e.type === 'Place' && /Kogi/.test(e.name));
    expect(region.map((e) => e.name)).toEqual(['Kogi State']);
    expect(region[0]!.mentions.length).toBe(3);
  });

  it('when a lower-case "state" follows an unknown name in a bracket, then the name is a place', () => {
    const d = extract(
      [
        'President lands for talks',
        'The president landed at the main airport (Falcón state, near Coro) on Friday.',
      ].join('\n'),
    );
    expect(namesOf(d, 'Place')).toContain('Falcón');
  });

  it('when "State" heads an idea, a title, a kind of state or a body, then no region is made', () => {
    const d = extract(
      [
        'Ministers meet',
        'The Islamic State claimed the attack. The Secretary of State met the Head of State on Monday.',
        'Each Member State voted, and a Gulf State abstained. The Union State of Russia and Belarus met.',
        'The Lagos State Government said Chinese state media and the Jewish State had misreported it.',
        'He studied at Ohio State University before joining the Welfare State Commission.',
      ].join('\n'),
    );
    const places = namesOf(d, 'Place');
    for (const p of places) expect(p).not.toMatch(/State$|^(?:Islamic|Member|Gulf|Union|Jewish|Lagos)$/);
    expect(d.entities.filter((e) => e.rule === 'entities/places:state-region')).toEqual([]);
  });
});
