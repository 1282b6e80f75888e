// "visiting" before a named person describes the guest (visiting-guests.ts): "called on visiting Xland
// President A at P" is A's visit to P's state, never the caller's visit to Xland; with no place said, no
// visit; "visiting" as a verb ("was visiting P", "after visiting P") stays a visit to P. Every sentence is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const visits = (title: string, body: string) => {
  const d = extractChecked(title, body);
  return {
    visitors: d.events('visit').map((e) => e.participants.map((p) => p.entity).join()),
    visited: d.rels.filter((r) => / VISITED /.test(r)),
  };
};

describe('"visiting" before a named guest', () => {
  it('the guest visits the state of the place the clause names, not the state before the name', () => {
    const { visited } = visits(
      'Courtesy call',
      'Kenya and Ghana agreed to deepen trade.\n\n' +
        'Foreign Minister Amina Wanjiru paid a courtesy call on visiting Ghana President Kofi Mensah at the Serena Hotel in Nairobi.',
    );
    expect(visited).toContain('Kofi Mensah VISITED Kenya');
    expect(visited).not.toContain('Amina Wanjiru VISITED Ghana');
  });

  it('a title of several words between "visiting" and the name', () => {
    const { visited } = visits(
      'Talks',
      'Peru and Chile signed two accords.\n\n' +
        'The minister received the visiting Prime Minister of Chile Tomas Rojas at the palace in Lima.',
    );
    expect(visited).toContain('Tomas Rojas VISITED Peru');
    expect(visited).not.toContain('Tomas Rojas VISITED Chile');
  });

  it('with no place said, no visit and no visit of the other person', () => {
    const { visitors, visited } = visits(
      'Reception',
      'President Omar Haidari met the then-visiting Norway Prime Minister Lars Berg last year.',
    );
    expect(visited).toEqual([]);
    expect(visitors.join()).not.toMatch(/Haidari/);
  });

  it('"visiting" as a verb keeps its object as the place visited', () => {
    const a = visits('Tour', 'Foreign Minister Nadia Haddad was visiting Jordan when the talks began.');
    expect(a.visited).toContain('Nadia Haddad VISITED Jordan');
    const b = visits(
      'Tour',
      'After visiting Tonga, Foreign Minister Sione Vake flew home to meet President Ana Lopez.',
    );
    expect(b.visited).not.toContain('Ana Lopez VISITED Tonga');
  });
});
