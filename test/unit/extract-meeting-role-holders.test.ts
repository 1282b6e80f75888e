// A role with its state or body, its complements and the holder's name after a comma or in parentheses
// ("met the US special envoy for the Western Balkans, X", "received the UN envoy (X)"): the person met is
// the one named, not the state (events/role-holders.ts). Not when no name follows, when a list of roles
// follows, nor when the name is the next clause's subject. Every sentence here is invented.
import { describe, expect, it } from 'vitest';
import { extractChecked, metPairs } from '../helpers/extract-text.js';

describe('a role phrase then its holder set off by a comma or parentheses', () => {
  it.each([
    [
      'Prime Minister Edi Rama met the US special envoy, Harold Becker, in Tirana.',
      'Edi Rama',
      'Harold Becker',
    ],
    [
      'Prime Minister Edi Rama met with the US special envoy for the Western Balkans, Harold Becker, on Monday.',
      'Edi Rama',
      'Harold Becker',
    ],
    [
      'President Mirza Aliyev held talks with the UN special envoy for Syria, Tomas Lindqvist.',
      'Mirza Aliyev',
      'Tomas Lindqvist',
    ],
    [
      'President Mirza Aliyev received the UN special envoy (Tomas Lindqvist) in Baku.',
      'Mirza Aliyev',
      'Tomas Lindqvist',
    ],
    [
      'Foreign Minister Laila Haddad met the US Assistant Secretary of State for Near Eastern Affairs, Daniel Mercer.',
      'Daniel Mercer',
      'Laila Haddad',
    ],
    [
      'President Kofi Mensah received the Chinese Minister of Foreign Affairs, Wang Yi, at the Jubilee House.',
      'Kofi Mensah',
      'Wang Yi',
    ],
    [
      'President Kofi Mensah received the Japanese ambassador, Mr. Kenji Sato, on Friday.',
      'Kenji Sato',
      'Kofi Mensah',
    ],
  ])('%s', (body, a, b) => {
    expect(metPairs('Talks', body)).toEqual([`${a} MET ${b}`]);
  });

  it('two roles each with its holder, coordinated, are both met', () => {
    const pairs = metPairs(
      'Talks',
      'Prime Minister Edi Rama met the US special envoy, Harold Becker, and the EU special representative, Ines Varga, in Brussels.',
    );
    expect(pairs).toEqual(['Edi Rama MET Harold Becker', 'Edi Rama MET Ines Varga']);
  });

  it('a call reads the holder too', () => {
    const { events, name } = extractChecked(
      'Call',
      'President Kofi Mensah held a phone call with the US Secretary of State, Daniel Mercer, on Monday.',
    );
    const call = events('phone-call')[0];
    expect(call?.participants.map((p) => name(p.entity)).sort()).toEqual(['Daniel Mercer', 'Kofi Mensah']);
  });

  it('no name after the role: no person is met', () => {
    expect(metPairs('Talks', 'Prime Minister Edi Rama met the US special envoy, then flew to Rome.')).toEqual(
      [],
    );
  });

  it('a list of roles after the comma names no holder', () => {
    const pairs = metPairs(
      'Talks',
      "Prime Minister Edi Rama met the US special envoy, Russia's ambassador and the German chancellor on Friday.",
    );
    expect(pairs).toEqual([]);
  });

  it('a name that a verb follows is the next clause subject, not the holder', () => {
    const pairs = metPairs(
      'Talks',
      'After Prime Minister Edi Rama met the US Secretary of State, Daniel Mercer said the talks went well.',
    );
    expect(pairs).not.toContain('Daniel Mercer MET Edi Rama');
  });

  it('a subject list of roles each with its holder presents credentials together', () => {
    const { events, name } = extractChecked(
      'Envoys present credentials',
      'The Ambassador of Norway to Kenya, Ingrid Solberg and the Chilean Ambassador to Kenya, Pablo Rojas also presented their credentials to President William Ruto.',
    );
    const met = events('meeting').flatMap((e) => e.participants.map((p) => name(p.entity)));
    expect(met.sort()).toEqual(['Ingrid Solberg', 'Pablo Rojas', 'William Ruto']);
  });

  it('one role with its holder as the subject presents alone', () => {
    const { events, name } = extractChecked(
      'Envoy presents credentials',
      'The Ambassador of Norway to Kenya, Ingrid Solberg, presented her credentials to President William Ruto.',
    );
    const met = events('meeting').flatMap((e) => e.participants.map((p) => name(p.entity)));
    expect(met.sort()).toEqual(['Ingrid Solberg', 'William Ruto']);
  });
});
