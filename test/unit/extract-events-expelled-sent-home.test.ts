// Expulsions told without "expel" (session 26): a state "sends home" a foreign envoy ("sent home the Iranian
// ambassador", "sent two Russian diplomats home"), "ordered the departure of" diplomats, and "gave" a listed
// group days or weeks to leave ("gave diplomats from A, B and C seven days to leave"). An envoy sent home
// must be named as foreign (a capitalised demonym or state before the noun): a state sending its own envoy
// home, or sending staff home from a post, expels no one. Every sentence here is written for the test.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const expelled = (body: string) =>
  extractChecked('Diplomatic row', body).rels.filter((r) => r.includes(' EXPELLED '));

describe('expulsions told as sending home, ordering a departure or giving days to leave', () => {
  it.each([
    ['Germany sent home the Iranian ambassador.', ['Germany EXPELLED Iran']],
    ['Germany is sending home two Russian diplomats.', ['Germany EXPELLED Russia']],
    ['Germany sent the Iranian ambassador home on Monday.', ['Germany EXPELLED Iran']],
    ["Poland sent home the Belarusian charge d'affaires.", ['Poland EXPELLED Belarus']],
    ['Kenya ordered the departure of the Somali ambassador.', ['Kenya EXPELLED Somalia']],
    [
      'Russia gave diplomats from Germany, France and Poland seven days to leave the country.',
      ['Russia EXPELLED Germany', 'Russia EXPELLED France', 'Russia EXPELLED Poland'],
    ],
    ['Poland gave the Russian consul two weeks to leave.', ['Poland EXPELLED Russia']],
  ])('when "%s", then %j', (text, rels) => {
    expect(expelled(text)).toEqual(rels);
  });

  it.each([
    'Iran sent its ambassador home for consultations.',
    'Iran sent home its ambassador to Sweden.',
    'The United States sent non-essential diplomats home from Kyiv.',
  ])('no expulsion when "%s"', (text) => {
    expect(extractChecked('Diplomatic row', text).d.events.filter((e) => e.type === 'expulsion')).toEqual([]);
  });
});
