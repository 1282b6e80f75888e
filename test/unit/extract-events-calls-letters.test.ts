// Events of contact at a distance, on sentences written for the test: phone calls in the wordings outlets
// use (a verb of calling, "spoke by phone", the nouns, a fronted "In a phone call with"), with the caller
// titled ("Secretary of State X"); plans and appeals are none, and a call is no meeting. Letters: "wrote
// to", "sent a congratulatory message to", "In a letter to X, Y …", "a letter from", "exchanged letters",
// with the titled addressee ("UN Secretary-General X"), not the body in the title. Every sentence here is
// invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

describe('phone calls', () => {
  it.each([
    ['phoned', 'Turkish President Recep Tayyip Erdogan phoned Russian President Vladimir Putin on Sunday.'],
    ['dialled', 'Turkish President Recep Tayyip Erdogan dialled Russian President Vladimir Putin on Sunday.'],
    [
      'called … to discuss',
      'Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Sunday to discuss grain.',
    ],
    [
      'a titled caller',
      'Secretary of State Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Sunday.',
    ],
    [
      'spoke with … by telephone',
      'Secretary of State Recep Tayyip Erdogan spoke with Russian President Vladimir Putin by telephone.',
    ],
    [
      'received a phone call from',
      'Turkish President Recep Tayyip Erdogan received a phone call from Russian President Vladimir Putin.',
    ],
    [
      'a fronted phrase',
      'In a telephone conversation with Russian President Vladimir Putin, Turkish President Recep Tayyip Erdogan discussed grain.',
    ],
    [
      'A and B discussed … in a phone call',
      'Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed grain in a phone call.',
    ],
    [
      'told B in a phone call',
      'Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin in a phone call that grain mattered.',
    ],
    [
      'a call between',
      'The phone call between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin lasted an hour.',
    ],
  ])('%s', (_, body) => {
    const r = run('Call', body);
    expect(r.events('phone-call')).toHaveLength(1);
    expect(r.events('meeting')).toEqual([]);
    const rel = r.rels.find((x) => / SPOKE_WITH /.test(x));
    expect(rel).toBeDefined();
    expect(rel).toMatch(/Erdogan|Putin/);
    expect(r.ruleOf(rel!)).toBe('events/phone-calls:phone-call');
  });

  it('not a naming, an appeal or a planned call', () => {
    for (const body of [
      'Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin a friend.',
      'Turkish President Recep Tayyip Erdogan called on Russian President Vladimir Putin to stop.',
      'A phone call between Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin is scheduled for Monday.',
      'Turkish President Recep Tayyip Erdogan will speak by phone with Russian President Vladimir Putin.',
    ]) {
      const r = run('Call', body);
      expect(r.events('phone-call')).toEqual([]);
      expect(r.events('meeting')).toEqual([]);
    }
  });
});

describe('letters', () => {
  it.each([
    [
      'wrote to',
      'Armenian President Vahagn Khachaturyan wrote to Kazakh President Kassym-Jomart Tokayev on Monday.',
    ],
    [
      'sent a congratulatory message to',
      'Armenian President Vahagn Khachaturyan sent a congratulatory message to Kazakh President Kassym-Jomart Tokayev.',
    ],
    [
      'a fronted letter to',
      'In a letter to Kazakh President Kassym-Jomart Tokayev, Armenian President Vahagn Khachaturyan asked for help.',
    ],
    [
      'said in a letter to',
      'Armenian President Vahagn Khachaturyan said in a letter to Kazakh President Kassym-Jomart Tokayev that help was needed.',
    ],
    [
      'received a letter from',
      'Kazakh President Kassym-Jomart Tokayev received a letter from Armenian President Vahagn Khachaturyan.',
    ],
    [
      'a titled addressee',
      'Armenian President Vahagn Khachaturyan sent a letter to UN Secretary-General Kassym-Jomart Tokayev.',
    ],
  ])('%s', (_, body) => {
    const r = run('Letter', body);
    expect(r.events('letter')).toHaveLength(1);
    expect(r.rels).toContain('Vahagn Khachaturyan WROTE_TO Kassym-Jomart Tokayev');
    expect(r.ruleOf('Vahagn Khachaturyan WROTE_TO Kassym-Jomart Tokayev')).toBe(
      'events/letters-interviews:letter',
    );
  });

  it('not a figure of speech nor a plan', () => {
    for (const body of [
      'Armenian President Vahagn Khachaturyan sent a clear message to Kazakh President Kassym-Jomart Tokayev.',
      'Armenian President Vahagn Khachaturyan will write to Kazakh President Kassym-Jomart Tokayev.',
    ])
      expect(run('Letter', body).events('letter')).toEqual([]);
  });
});
