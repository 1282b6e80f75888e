// Sanctions told with a verb the stage used to read as a noun or could not reach (session 20): a headline's
// "X sanctions 12 <demonym> judges" (the verb before a count, the demonym's country sanctioned), "X will
// freeze the assets of …" ("freeze" as an infinitive), "Sanctions will also be applied on/to X" (the
// passive of "apply", and "will also be"). Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const sanctions = (title: string, body: string) =>
  extractChecked(title, body).rels.filter((r) => r.includes(' SANCTIONED '));

describe('"X sanctions <count> …": the verb before a count', () => {
  it.each([
    [
      'Britain sanctions five Russian oligarchs',
      'The measures were announced on Tuesday.',
      'United Kingdom SANCTIONED Russia',
    ],
    [
      'Lithuania sanctions 12 Belarusian judges over crackdown',
      'The decision was published on Friday.',
      'Lithuania SANCTIONED Belarus',
    ],
    [
      'Sanctions news',
      'Japan sanctions 14 North Korean entities and three individuals.',
      'Japan SANCTIONED North Korea',
    ],
    [
      'Sanctions news',
      'Australia sanctions several Myanmar generals over the coup.',
      'Australia SANCTIONED Myanmar',
    ],
    [
      'Sanctions news',
      'The European Union sanctions seven Iranian officials.',
      'European Union SANCTIONED Iran',
    ],
  ])('when "%s" / "%s", then %s', (title, body, rel) => {
    expect(sanctions(title, body)).toContain(rel);
  });

  it('when a count follows "US sanctions" as a noun of time ("two years ago"), then no one is sanctioned', () => {
    expect(
      sanctions('Sanctions news', 'US sanctions two years ago crippled the economy of Venezuela.'),
    ).toEqual([]);
  });
});

describe('"X froze the assets of …": the verb of freezing', () => {
  it.each([
    ['The Dutch government froze the assets of Rufus Firefly.', 'Netherlands SANCTIONED Rufus Firefly'],
    ['Canada will freeze the assets of 20 Russian officials.', 'Canada SANCTIONED Russia'],
  ])('when "%s", then %s', (body, rel) => {
    expect(sanctions('Sanctions news', body)).toContain(rel);
  });

  it('when the relatives of a named person are frozen ("two daughters of President X"), then X is not sanctioned', () => {
    const rels = sanctions(
      'Sanctions news',
      'Japan froze the assets of 398 Russian individuals, including two daughters of Russian President Vladimir Putin.',
    );
    expect(rels).toContain('Japan SANCTIONED Russia');
    expect(rels).not.toContain('Japan SANCTIONED Vladimir Putin');
  });

  it('when the verb before the date and "to" is no verb of deciding ("said on Monday to expect"), then no sanctioner is read', () => {
    expect(sanctions('Sanctions news', 'Analysts said on Monday to expect sanctions on Iran.')).toEqual([]);
  });
});

describe('"sanctions (will also be) applied on/to X": the passive of applying', () => {
  it.each([
    [
      'Canada imposed sanctions on Iran on Monday. Sanctions will also be applied on the Islamic Revolutionary Guard Corps.',
      'Canada SANCTIONED Islamic Revolutionary Guard Corps',
    ],
    [
      'Sanctions were applied to Gazprom and Rosneft by the European Union on Friday.',
      'European Union SANCTIONED Rosneft',
    ],
    [
      'Restrictive sanctions have been applied against Rufus Firefly by Britain.',
      'United Kingdom SANCTIONED Rufus Firefly',
    ],
    [
      'Britain imposed sanctions on Russia in March. Sanctions have also been imposed on Rufus Firefly.',
      'United Kingdom SANCTIONED Rufus Firefly',
    ],
  ])('when "%s", then %s', (body, rel) => {
    expect(sanctions('Sanctions news', body)).toContain(rel);
  });

  it.each([
    ['New rules were applied to imports from Belarus by Poland.'],
    ['Sanctions were imposed to punish Belarus by Poland.'],
  ])(
    'when what is applied is no sanction or "to" starts a verb ("%s"), then no one is sanctioned',
    (body) => {
      expect(sanctions('Sanctions news', body)).toEqual([]);
    },
  );
});
