// Organisations that speak or are led, named by head words the lexicon lacked, checked on invented text:
// forces, programmes and boards ("Quds Force", "World Food Programme", "Board of Investment"), and the
// generic phrases with those heads that name no one body ("Air Force deputy commanders").
import { describe, expect, it } from 'vitest';
import { extractChecked, speakerOf } from '../helpers/extract-text.js';

describe('organisations named by a force, a programme or a board', () => {
  it('when a force, programme or board speaks, then it is an organisation and the speaker', () => {
    for (const [body, org] of [
      [
        'Talks resumed on Monday. The Royal Canadian Air Force said in a statement that "we are ready."',
        'Royal Canadian Air Force',
      ],
      ['Talks resumed on Monday. The Quds Force said it "will respond."', 'Quds Force'],
      [
        'Talks resumed on Monday. The World Food Programme said millions "face hunger."',
        'World Food Programme',
      ],
      [
        'Talks resumed on Monday. The Board of Investment said investment "rose by a third."',
        'Board of Investment',
      ],
    ] as const) {
      const { d, names } = extractChecked('Officials speak', body);
      expect(names).toContain(`Organization ${org}`);
      expect(speakerOf(d, body.split('"')[1]!)).toBe(org);
    }
  });
  it('when a person heads a force or a programme in apposition, then the person leads it', () => {
    expect(
      extractChecked('Aid warning', 'Anna Berg, head of the World Food Programme, said the aid "is late."')
        .rels,
    ).toContain('Anna Berg LEADS World Food Programme');
    expect(
      extractChecked('Threat', 'Karim Nasser, commander of the Quds Force, said the enemy "will regret it."')
        .rels,
    ).toContain('Karim Nasser LEADS Quds Force');
  });
  it('when the phrase is an air force or a board of directors alone, then it is no organisation', () => {
    const { names } = extractChecked(
      'Bans',
      'The list names Air Force deputy commanders Tom Hale and Rob Lind. Piet Vos, chairman of the Board of Directors of Delta Bank, was named too.',
    );
    expect(names).not.toContain('Organization Air Force');
    expect(names).not.toContain('Organization Board of Directors');
  });
});

describe("a state's lower-case ministry as the speaker", () => {
  it('when a two-word state or demonym owns a ministry named by its field, then the ministry is the speaker', () => {
    for (const [body, org] of [
      [
        'Talks stalled. South Korea\'s unification ministry said the talks "are over."',
        'South Korean Unification Ministry',
      ],
      [
        'Talks stalled. North Korea\'s unification ministry said the talks "are over."',
        'North Korean Unification Ministry',
      ],
      [
        'Talks stalled. The South Korean unification ministry said the talks "are over."',
        'South Korean Unification Ministry',
      ],
      [
        'Talks stalled. The Russian emergencies ministry said the fire "is out."',
        'Russian Emergencies Ministry',
      ],
    ] as const) {
      const { d, names } = extractChecked('Officials speak', body);
      expect(names).toContain(`Organization ${org}`);
      expect(speakerOf(d, body.split('"')[1]!)).toBe(org);
    }
  });
});

describe('the Treasury and seats of government named for the office', () => {
  it('when the US Treasury or the Treasury speaks, then the Treasury Department is the speaker', () => {
    const body =
      'The US Treasury imposed sanctions on Friday. "These firms helped the regime," the Treasury said. The Blue House said the talks "are over."';
    const { d, names } = extractChecked('Sanctions', body);
    expect(names).toContain('Organization Treasury Department');
    expect(speakerOf(d, 'These firms')).toBe('Treasury Department');
    expect(speakerOf(d, 'are over')).toBe('Blue House');
  });
  it('when Treasury is part of a title, then it is no organisation', () => {
    const { names } = extractChecked(
      'Talks',
      'US Treasury Secretary Jane Roe said the firms "helped the regime."',
    );
    expect(names).not.toContain('Organization Treasury Department');
  });
});

describe('a speaking body after a list of the people sanctioned', () => {
  it('when a line after the list is a body saying something, then the body is not sanctioned', () => {
    const { rels } = extractChecked(
      'US sanctions officials',
      'The United States on Friday imposed sanctions on seven officials. The individuals sanctioned are:\n• Ali Rezaei, commander of the police\n• Omid Karimi, head of the prison\nThe Treasury Department said more would follow.',
    );
    expect(rels.filter((r) => r.includes(' SANCTIONED '))).toEqual([
      'United States SANCTIONED Ali Rezaei',
      'United States SANCTIONED Omid Karimi',
    ]);
  });
});
