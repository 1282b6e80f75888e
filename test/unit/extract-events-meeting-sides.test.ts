// Meetings whose sides are states, bodies or unnamed roles (meeting-sides.ts, meeting-groups.ts), more
// shapes of the meeting clause (a meeting "held between", "the meeting of A with B", a dinner hosted for
// a guest, a courtesy call received, bilateral meetings with listed leaders), meetings that may only come,
// an invader named by its demonym and a summons in the base form. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;

/** The names of the parties of each meeting, sorted. */
const parties = (r: ReturnType<typeof run>) =>
  r.events('meeting').map((e) => e.participants.map((p) => r.name(p.entity)).sort());

// States, bodies and unnamed roles take part without a MET claimed: who met whom is not said.
describe('meetings between states and bodies', () => {
  it('two states as the subject of "held talks" met', () => {
    const r = run('Border talks', 'Chile and Bolivia held talks in Lima on Monday about the border.');
    expect(parties(r)).toEqual([['Bolivia', 'Chile']]);
  });

  it('talks between two states, and the two countries after them', () => {
    const r = run(
      'Water dispute',
      'Talks between Chile and Bolivia focused on water rights.\n\nA second meeting between the two countries took place in Lima.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.events('meeting')[0]!.evidence).toHaveLength(2);
  });

  it('a person holds talks with a state', () => {
    const r = run('Trade', 'Foreign Minister Clara Ibsen held talks with Bolivia on Monday.');
    expect(parties(r)).toEqual([['Bolivia', 'Clara Ibsen']]);
  });

  it('the leaders of three states: one meeting of all, no pairs claimed', () => {
    const r = run(
      'Trilateral',
      'The leaders of Chile, Bolivia and Paraguay held a trilateral meeting in Asuncion on Friday.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.events('meeting')[0]!.participants).toHaveLength(3);
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual([]);
  });

  it('delegations named by two demonyms met', () => {
    const r = run('Delegations', 'The Chilean and Bolivian delegations met in Geneva on Monday.');
    expect(parties(r)).toEqual([['Bolivia', 'Chile']]);
  });

  it('an unnamed role of a state or body met: "Kenya\'s President", "the Ambassador of X"', () => {
    const a = run('Nairobi', 'Foreign Minister Clara Ibsen met Kenya’s President in Nairobi on Monday.');
    expect(parties(a)).toEqual([['Clara Ibsen', 'Kenya']]);
    const b = run(
      'Palace',
      'President Omar Haddad received the Ambassador of Bolivia at the palace on Sunday.',
    );
    expect(parties(b)).toEqual([['Bolivia', 'Omar Haddad']]);
  });

  it('a bare state after a hosting verb is no guest', () => {
    const r = run('Decision', 'President Omar Haddad welcomed the decision of Bolivia on Monday.');
    expect(r.events('meeting')).toEqual([]);
  });

  it('bilateral meetings with the leaders of listed states', () => {
    const r = run(
      'Sidelines',
      'On the sidelines of the summit, President Omar Haddad held bilateral meetings with the leaders of Chile and Paraguay.',
    );
    // Plural bilateral meetings with two states: one meeting with each (meeting-lists.ts).
    expect(r.events('meeting')).toHaveLength(2);
    expect(r.events('meeting').every((e) => e.participants.length === 2)).toBe(true);
  });
});

describe('more shapes of a meeting clause', () => {
  it('a meeting "was held between" two persons', () => {
    const r = run(
      'Ties',
      'A meeting was held between President Omar Haddad and Prime Minister Lena Varga in Cairo.',
    );
    expect(r.rels).toContain('Lena Varga MET Omar Haddad');
  });

  it('"the bilateral meeting of A with his counterpart, B"', () => {
    const r = run(
      'Bilateral',
      'The bilateral meeting of Foreign Minister Arjun Rao with his Peruvian counterpart, Rosa Quispe, concluded on Thursday.',
    );
    expect(r.rels).toContain('Arjun Rao MET Rosa Quispe');
  });

  it('a dinner hosted for a guest and a courtesy call received', () => {
    const a = run('Dinner', 'Chancellor Hans Weber hosted a dinner for President Omar Haddad on Monday.');
    expect(a.rels).toContain('Hans Weber MET Omar Haddad');
    const b = run(
      'Call',
      'President Omar Haddad received a courtesy call from Ambassador Lin Tao on Monday.',
    );
    expect(b.rels).toContain('Lin Tao MET Omar Haddad');
  });

  it('an unnamed counterpart is the person named before after the same demonym and role', () => {
    const r = run(
      'Talks',
      'Foreign Minister Arjun Rao met his Peruvian counterpart, Rosa Quispe, on Monday.\n\nWelcomed at the ministry, Rao held talks with his Peruvian counterpart about trade.',
    );
    expect(r.events('meeting')).toHaveLength(1);
    expect(r.rels.filter((x) => x.includes(' MET '))).toEqual(['Arjun Rao MET Rosa Quispe']);
  });

  it('a possible meeting is no meeting', () => {
    const r = run(
      'Prospects',
      'The spokesman commented on a possible meeting between President Omar Haddad and Prime Minister Lena Varga.',
    );
    expect(r.events('meeting')).toEqual([]);
  });
});

describe('invaders by demonym, summons in the base form', () => {
  it('"the Peruvian invasion of Bolivia", "Peruvian troops invaded"', () => {
    for (const body of [
      'The Peruvian invasion of Bolivia began in 1841.',
      'Peruvian troops invaded Bolivia in 1841.',
    ])
      expect(run('War', body).rels).toContain('Peru INVADED Bolivia');
  });

  it('a headline of two states that summon envoys', () => {
    const r = run(
      'Chile, Peru summon Bolivian envoys',
      'The foreign ministries in Santiago and Lima said the envoys were told of their concern.',
    );
    expect(r.events('summons').length).toBeGreaterThan(0);
  });
});
