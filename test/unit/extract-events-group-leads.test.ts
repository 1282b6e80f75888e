// The parties of a mass expulsion or of sanctions named in a later sentence whose subject points back at
// the group the event's sentence counted (session 38, group-leads.ts): "The four others slapped with
// sanctions are A and B", "Members affected by the sanctions are A; B", "Some of the other countries to
// face the same are A and B"; and a passive's counted subject, "Diplomats of 23 countries will be
// expelled", followed by the heads of those missions. Subjects that say something else of their group
// ("The countries that condemned the move are …", "Countries supporting the decision include …"), lists
// of people said not to be on the list, and lists too far after the event are not its parties. Every
// sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const targets = (rels: string[], by: string, type: string) =>
  rels.filter((r) => r.startsWith(`${by} ${type} `)).map((r) => r.slice(`${by} ${type} `.length));

describe('sanctioned people listed after a subject that points back at the counted group', () => {
  it('when "The four others slapped with sanctions are A, B, C and D" follows "sanctions on 10 officers", then each is sanctioned', () => {
    const { rels } = run(
      'Canada sanctions officers',
      'Canada on Monday imposed sanctions on 10 police officers over the crackdown. Officials gave no further detail.\n\nThe four others slapped with sanctions are Colonel Pedro Alvarenga, Major Lucia Fenwick, Captain Otto Brandvik and Sergeant Rina Castellanos.',
    );
    expect(targets(rels, 'Canada', 'SANCTIONED')).toEqual(
      expect.arrayContaining(['Pedro Alvarenga', 'Lucia Fenwick', 'Otto Brandvik', 'Rina Castellanos']),
    );
  });

  it('when "Six of the officers are … -- A, B" closes a predicate with a dash, then the names after it are sanctioned', () => {
    const { rels } = run(
      'Australia sanctions commanders',
      'Australia sanctioned eight army commanders on Thursday. Three of the officers are members of the ruling council -- General Tomas Varga, General Ilse Moravec and Admiral Kurt Hollander.',
    );
    expect(targets(rels, 'Australia', 'SANCTIONED')).toEqual(
      expect.arrayContaining(['Tomas Varga', 'Ilse Moravec', 'Kurt Hollander']),
    );
  });

  it('when "Members affected by the sanctions are A; B; C" comes a few sentences later, then each is sanctioned', () => {
    const { rels } = run(
      'Britain sanctions junta members',
      'Britain imposed sanctions on 12 members of the junta on Friday. The foreign secretary said more could follow. "This is only the start," she said. Officials declined to comment further.\n\nMembers affected by the sanctions are General Arvid Sorensen; Colonel Matteo Brivio; and Admiral Petra Lindqvist.',
    );
    expect(targets(rels, 'United Kingdom', 'SANCTIONED')).toEqual(
      expect.arrayContaining(['Arvid Sorensen', 'Matteo Brivio', 'Petra Lindqvist']),
    );
  });

  it('when people are said not to be on the list, then they are not sanctioned', () => {
    const { rels } = run(
      'Japan sanctions generals',
      'Japan imposed sanctions on six generals on Tuesday. However, council members General Hugo Brandt and General Elsa Marwick are not on the new sanctions list.',
    );
    expect(targets(rels, 'Japan', 'SANCTIONED')).not.toEqual(expect.arrayContaining(['Hugo Brandt']));
    expect(targets(rels, 'Japan', 'SANCTIONED')).not.toEqual(expect.arrayContaining(['Elsa Marwick']));
  });

  it('when the subject says something else of its group, then the people listed are not sanctioned', () => {
    const { rels } = run(
      'Canada sanctions officials',
      'Canada imposed sanctions on nine officials on Monday. The officials who criticised the decision are Mayor Ivo Kranjec and Senator Lotte Vermeer.',
    );
    expect(targets(rels, 'Canada', 'SANCTIONED')).not.toEqual(expect.arrayContaining(['Ivo Kranjec']));
  });

  it('when a count-only subject comes far after the sanctions, then its list is not theirs', () => {
    const { rels } = run(
      'Norway sanctions officials',
      'Norway imposed sanctions on five officials on Monday. The decision was taken after months of talks. Ministers met twice last week. The economy grew by two percent. Exports rose sharply.\n\nThe three candidates are Jonas Almquist, Berit Solberg and Karl Fossum.',
    );
    expect(targets(rels, 'Norway', 'SANCTIONED')).toEqual([]);
  });
});

describe('expelled states listed after a subject that points back at the counted states', () => {
  it('when "Some of the other countries to face the same are A, B and C" follows "from 20 countries", then each is expelled', () => {
    const { rels } = run(
      'Moscow expels diplomats',
      'Russia has expelled diplomats from 20 countries in a tit-for-tat move. The ministry gave them a week to leave. According to Spain, Russia was expelling three of its diplomats.\n\nSome of the other countries to face the same are Portugal, Greece and Austria.',
    );
    expect(targets(rels, 'Russia', 'EXPELLED')).toEqual(
      expect.arrayContaining(['Portugal', 'Greece', 'Austria']),
    );
  });

  it('when "Diplomats of 12 countries will be expelled" is followed by the heads of missions summoned, then each state is expelled', () => {
    const { rels } = run(
      'Belarus to expel diplomats',
      'Diplomats of 12 countries will be expelled from Belarus in response, the ministry said.\n\nThe ministry summoned heads of diplomatic missions of Austria, Belgium, Greece, Portugal, Slovenia and Hungary.',
    );
    expect(targets(rels, 'Belarus', 'EXPELLED')).toEqual(
      expect.arrayContaining(['Austria', 'Belgium', 'Greece', 'Portugal', 'Slovenia', 'Hungary']),
    );
  });

  it('when countries that responded are listed, then they are not expelled', () => {
    const { rels } = run(
      'Russia expels diplomats',
      'Russia has expelled diplomats from 15 countries this month. Countries who responded with sharp criticism include Portugal and Greece.',
    );
    expect(targets(rels, 'Russia', 'EXPELLED')).not.toEqual(expect.arrayContaining(['Portugal']));
    expect(targets(rels, 'Russia', 'EXPELLED')).not.toEqual(expect.arrayContaining(['Greece']));
  });

  it('when countries supporting the move are listed, then they are not expelled', () => {
    const { rels } = run(
      'Russia expels diplomats',
      'Russia has expelled diplomats from 15 countries this month. Countries supporting the decision include Serbia and Hungary.',
    );
    expect(targets(rels, 'Russia', 'EXPELLED')).toEqual([]);
  });
});
