// Events of contact at a distance, on sentences written for the test: phone calls in the wordings outlets
// use (a verb of calling, "spoke by phone", the nouns, a fronted "In a phone call with"), with the caller
// titled ("Secretary of State X"); plans and appeals are none, and a call is no meeting. Every sentence
// here is invented.
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
