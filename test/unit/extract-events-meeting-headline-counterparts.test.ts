// A counterpart known only by its state in a headline ("X meets Indian counterpart", no possessive;
// events/counterparts.ts) is the person the body names as that counterpart ("his Indian counterpart
// President Y"), or, of several persons of that state named later, the one with X's title: the headline's
// meeting and the body's are one. A counterpart of a state nobody of which is named stays the state. Every
// sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const parties = (r: ReturnType<typeof extractChecked>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe("a headline's counterpart known by its state", () => {
  it('is the person the body calls that counterpart, not another person of the state', () => {
    const r = extractChecked(
      'President Ranil meets Indian counterpart in New Delhi',
      'President Ranil Wickremesinghe met with his Indian counterpart President Droupadi Murmu on Friday. Earlier on Friday, President Wickremesinghe held bilateral talks with Indian Prime Minister Narendra Modi.',
    );
    expect(parties(r)).toEqual(
      expect.arrayContaining([
        ['Droupadi Murmu', 'Ranil Wickremesinghe'],
        ['Narendra Modi', 'Ranil Wickremesinghe'],
      ]),
    );
    expect(parties(r).flat()).not.toContain('India');
  });

  it('of two persons of the state named later, the one with the same title', () => {
    const r = extractChecked(
      'Lavrov meets Turkish counterpart in Antalya',
      'Russian Foreign Minister Sergey Lavrov held talks with Turkish Foreign Minister Mevlut Cavusoglu in Antalya on Monday. He also met Turkish President Recep Tayyip Erdogan.',
    );
    expect(parties(r)).toEqual([
      ['Mevlut Cavusoglu', 'Sergey Lavrov'],
      ['Recep Tayyip Erdogan', 'Sergey Lavrov'],
    ]);
  });

  it('stays the state when nobody of that state is named', () => {
    const r = extractChecked(
      'Wong meets Japanese counterpart in Tokyo',
      'Australian Foreign Minister Penny Wong discussed regional security in Tokyo on Monday.',
    );
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
    expect(parties(r)).toEqual([['Japan', 'Penny Wong']]);
  });
});
