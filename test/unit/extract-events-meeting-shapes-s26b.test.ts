// Meetings in more invented newswire shapes (session 26, second helper): abbreviated roles of the met
// ("met the Syrian FM", a headline's "meets Iranian FM" whose body names him), the met given before a relative
// pronoun ("Y, whom X met on Monday"), talks opening a sentence after a visit ("X visited Delhi. Talks with
// Y focused on trade"), states' envoys calling on a person ("The ambassadors of A, B and C paid courtesy calls
// on X"), a group of ambassadors known by their states ("met the Chinese and Russian ambassadors"). Every
// sentence here is invented. A subject known by demonym and role ("The Japanese ambassador paid a courtesy
// call on X"): his state.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const parties = (r: ReturnType<typeof run>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

describe('meeting shapes (session 26, b)', () => {
  it('"met the Syrian FM", "met the Japanese PM": the state of the one unnamed person', () => {
    expect(
      parties(run('Talks in Moscow', 'Foreign Minister Oleg Varin met the Syrian FM in Moscow on Monday.')),
    ).toEqual([['Oleg Varin', 'Syria']]);
    expect(parties(run('Leaders talk', 'Prime Minister Arjun Mehra met the Japanese PM on Friday.'))).toEqual(
      [['Arjun Mehra', 'Japan']],
    );
  });

  it('a headline\'s "meets Iranian FM": the Iranian foreign minister the body names', () => {
    const r = run(
      'Li Daming meets Iranian FM in Beijing',
      'Chinese Foreign Minister Li Daming said on Tuesday that China backs the talks. Iranian Foreign Minister Reza Karimi thanked Beijing for its support.',
    );
    expect(parties(r)).toEqual([['Li Daming', 'Reza Karimi']]);
    expect(r.rels).toContain('Li Daming MET Reza Karimi');
  });

  it('"Y, whom X met on Monday, praised …": X met Y; a meeting planned or another verb is none', () => {
    const r = run(
      'Envoy praises talks',
      'Marek Halvorsen, whom Foreign Minister Idris Kamau met on Monday, praised the cooperation.',
    );
    expect(parties(r)).toEqual([['Idris Kamau', 'Marek Halvorsen']]);
    expect(r.rels).toContain('Idris Kamau MET Marek Halvorsen');
    const planned = run(
      'Envoy praises talks',
      'Marek Halvorsen, whom Foreign Minister Idris Kamau will meet on Monday, praised the cooperation.',
    );
    expect(parties(planned)).toEqual([]);
    const other = run(
      'Envoy speaks',
      'Marek Halvorsen, whom Foreign Minister Idris Kamau criticized, met reporters.',
    );
    expect(parties(other)).toEqual([]);
  });

  it('"X visited Delhi. Talks with Y focused on trade": X met Y; talks expected, or after no visit, are none', () => {
    const r = run(
      'President in Delhi',
      'Chilean President Tomas Ibarra visited New Delhi on Tuesday. Talks with Prime Minister Vikram Rao focused on trade.',
    );
    expect(parties(r)).toEqual([['Tomas Ibarra', 'Vikram Rao']]);
    expect(r.rels).toContain('Tomas Ibarra MET Vikram Rao');
    const expected = run(
      'President in Beijing',
      'President Tomas Ibarra arrived in Beijing on Wednesday. Talks with President Li Wenhua are expected to focus on trade.',
    );
    expect(parties(expected)).toEqual([]);
    const noVisit = run(
      'President speaks',
      'President Tomas Ibarra spoke in Santiago on Wednesday. Talks with President Li Wenhua focused on trade.',
    );
    expect(parties(noVisit)).toEqual([]);
  });

  it('"The ambassadors of A, B and C paid courtesy calls on X": each state meets X', () => {
    const r = run(
      'Envoys call on President',
      'The new ambassadors of Brazil, Chile and Peru paid courtesy calls on President Ilse Marku on Monday.',
    );
    expect(parties(r)).toEqual([['Brazil', 'Chile', 'Ilse Marku', 'Peru']]);
    expect(r.rels.filter((x) => x.includes(' MET ')).sort()).toEqual([
      'Ilse Marku MET Brazil',
      'Ilse Marku MET Chile',
      'Ilse Marku MET Peru',
    ]);
    const envoys = run(
      'Envoys call on Premier',
      'Envoys from Kenya and Ghana called on Prime Minister Vikram Rao.',
    );
    expect(parties(envoys)).toEqual([['Ghana', 'Kenya', 'Vikram Rao']]);
  });

  it('"met the Chinese and Russian ambassadors": the states of the group', () => {
    const r = run(
      'Minister meets envoys',
      'Foreign Minister Karin Vogel met the Chinese and Russian ambassadors in Berlin on Monday.',
    );
    expect(parties(r)).toEqual([['China', 'Karin Vogel', 'Russia']]);
  });

  it('"The Japanese ambassador paid a courtesy call on X": his state meets X (no MET); a future call is none', () => {
    const r = run(
      'Envoy calls on President',
      'The Japanese ambassador paid a courtesy call on President Ilse Marku on Monday.',
    );
    expect(parties(r)).toEqual([['Ilse Marku', 'Japan']]);
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
    const visiting = run(
      'Minister in Moscow',
      'On Monday, the visiting Iranian foreign minister met President Oleg Varin.',
    );
    expect(parties(visiting)).toEqual([['Iran', 'Oleg Varin']]);
    const future = run(
      'Envoy to call on President',
      'The Japanese ambassador will meet President Ilse Marku on Monday.',
    );
    expect(parties(future)).toEqual([]);
  });
});
