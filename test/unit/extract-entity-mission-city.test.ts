// A city right after a capitalised mission's head and "in" ("the Embassy in Lisbon") is part of that body's
// proper name and names no place of its own, unless the page names it elsewhere; after a lower-case head
// ("the embassy in Lisbon") or "Foreign Ministry" (read downstream as the capital's state's) it stays a place
// (bound-places.ts, rule mission-city). Invented text.
import { describe, expect, it } from 'vitest';
import { extract } from '../helpers/extract-text.js';

const places = (text: string) =>
  extract(text)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name);

describe('a city inside a mission’s name', () => {
  it('when the city follows a capitalised Embassy and "in", then it names no place', () => {
    expect(
      places('Two clerks of the Danish Embassy in Lisbon were told to leave within a week.'),
    ).not.toContain('Lisbon');
  });

  it('when the city follows a capitalised High Commission, then it names no place', () => {
    expect(places('Guards stood outside the Kenyan High Commission in Ottawa on Monday.')).not.toContain(
      'Ottawa',
    );
  });

  it('when the city follows a capitalised Foreign Ministry, then it stays a place (its state is read from it)', () => {
    expect(places('The Foreign Ministry in Vienna issued a note on Monday.')).toContain('Vienna');
  });

  it('when the head is in lower case, then the city stays a place', () => {
    expect(places('Two clerks of the Danish embassy in Lisbon were told to leave within a week.')).toContain(
      'Lisbon',
    );
  });

  it('when the page names the city elsewhere, then it stays a place', () => {
    const found = places(
      'Two clerks of the Danish Embassy in Lisbon were told to leave. Talks resumed in Lisbon on Friday.',
    );
    expect(found).toContain('Lisbon');
  });

  it('when the city follows another capitalised body, then it stays a place', () => {
    expect(places('The Danish Trade Council in Lisbon opened a new office.')).toContain('Lisbon');
  });
});
