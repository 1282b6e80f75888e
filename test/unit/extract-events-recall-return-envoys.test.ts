// Recalls and returns of envoys, on sentences written for the test: an envoy told to return whose name
// stands in an apposition ("instructed the X Ambassador to Y, Name, to return") is recalled, and envoys the
// sentence names only by their state ("The French and German ambassadors will be returning to Tehran", "A
// Swedish diplomatic team returned") make one return for each state, the state its sender.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const run = extractChecked;
const senders = (r: ReturnType<typeof run>) =>
  r
    .events('return')
    .flatMap((e) => e.participants.filter((p) => p.role === 'sender').map((p) => r.name(p.entity)));

describe('an envoy named in an apposition, told to return', () => {
  it('is recalled by the one who told them', () => {
    const a = run(
      'Envoy row',
      'Lima ordered its ambassador in Mexico City, Pablo Monroy, to return home on Sunday.',
    );
    expect(a.rels).toContain('Lima RECALLED Pablo Monroy');
    const b = run(
      'Envoy row',
      'Rabat ordered its ambassador to Berlin, Zohour Alaoui, to return to Morocco after the spat.',
    );
    expect(b.rels).toContain('Rabat RECALLED Zohour Alaoui');
    const c = run(
      'Envoy row',
      'The Foreign Ministry of Peru has instructed the Peruvian Ambassador to Chile, Ana Perez, to return to her country.',
    );
    expect(c.events('recall')).toHaveLength(1);
    expect(c.rels.filter((x) => x.includes(' RECALLED Ana Perez'))).toHaveLength(1);
  });

  it('not an envoy told to return something', () => {
    const r = run(
      'Papers',
      'Mexico instructed its ambassador, who arrived last month, to return the documents.',
    );
    expect(r.events('recall')).toEqual([]);
  });
});

describe('envoys named only by their state, returning', () => {
  it('one return for each state, to the place named', () => {
    const a = run(
      'Envoys back',
      'The French and German ambassadors will also be returning to Tehran very soon.',
    );
    expect(senders(a)).toEqual(['France', 'Germany']);
    expect(a.rels).toEqual(
      expect.arrayContaining(['France RETURNED_TO Tehran', 'Germany RETURNED_TO Tehran']),
    );
    const b = run(
      'Embassies reopen',
      'The British and Canadian envoys have returned to Kyiv after the embassies reopened.',
    );
    expect(b.rels).toEqual(
      expect.arrayContaining(['United Kingdom RETURNED_TO Kyiv', 'Canada RETURNED_TO Kyiv']),
    );
    const c = run('Diplomats back', 'The Spanish, Italian and Greek diplomats returned to Kabul last week.');
    expect(senders(c)).toEqual(['Spain', 'Italy', 'Greece']);
  });

  it('a team, and duties resumed', () => {
    const a = run('Embassy reopens', 'A Swedish diplomatic team returned to North Korea on Wednesday.');
    expect(a.rels).toContain('Sweden RETURNED_TO North Korea');
    const b = run('Envoy back', 'The Italian ambassador resumed his duties in Tehran in mid-December.');
    expect(b.rels).toContain('Italy RETURNED_TO Tehran');
  });

  it('no return when the envoy only declines to return something', () => {
    const r = run('Papers', 'The Russian ambassador said he would not return the documents.');
    expect(r.events('return')).toEqual([]);
  });
});
