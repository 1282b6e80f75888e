// States and their bodies as speakers (session 8): a state's body named in lower case where a speaker
// stands (entities/speaker-bodies.ts), a country or capital with an aside or a long-held view before its
// verb, a colon after the owner's response (quotes/colon-lead.ts), "Iran's Ministry of Foreign Affairs" as
// the Iranian Foreign Ministry, "the spokeswoman" the one the text named so, an inverted attribution
// followed by "but added". Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a state’s body named in lower case where a speaker stands', () => {
  it('when "the <Demonym> presidency" or "the <Demonym> commerce ministry" speaks, then that body is made and speaks', () => {
    expect(
      credit(
        'Oslo protested on Monday.\n\nThe Danish presidency said the quotas were “far too low”.',
        'far too low',
      ),
    ).toBe('Danish Presidency [quotes:subject-of-verb-before]');
    expect(
      credit(
        'Oslo protested on Monday.\n\n“The quotas are far too low,” said the Danish trade ministry.',
        'The quotas',
      ),
    ).toBe('Danish Trade Ministry [quotes:name]');
  });

  it('when a capital’s, "the country’s" or "in <capital>" body speaks, then the body of that country is made', () => {
    expect(
      credit(
        'Denmark protested.\n\nCopenhagen’s foreign ministry spokesman said the quotas were “far too low”.',
        'far',
      ),
    ).toBe('Danish Foreign Ministry [quotes:subject-of-verb-before]');
    expect(
      credit(
        'Denmark protested on Monday. The country’s foreign ministry said the quotas were “far too low”.',
        'far',
      ),
    ).toBe('Danish Foreign Ministry [quotes:subject-of-verb-before]');
    expect(
      credit('Denmark protested. The foreign ministry in Copenhagen called the quotas “far too low”.', 'far'),
    ).toBe('Danish Foreign Ministry [quotes:subject-of-verb-before]');
  });

  it('when a lower-case body is only mentioned, not speaking, then no organisation is made of it', () => {
    const { names } = extractChecked(TITLE, 'Fishermen marched to the Danish presidency on Monday.');
    expect(names).not.toContain('Organization Danish Presidency');
  });
});

describe('a country or capital as the subject of a verb of saying', () => {
  it('when an aside such as "for its part" stands between the country and its verb, then the country speaks', () => {
    const body = 'Norway raised the quotas.\n\nDenmark, for its part, said the move was “a hostile act”.';
    expect(credit(body, 'a hostile act')).toBe('Denmark [quotes:subject-of-verb-before]');
  });

  it('when the country "maintains" or "has long argued", then it speaks', () => {
    expect(
      credit('Norway raised the quotas.\n\nDenmark maintains the move is “a hostile act”.', 'a hostile'),
    ).toBe('Denmark [quotes:subject-of-verb-before]');
    expect(
      credit(
        'Norway raised the quotas.\n\nDenmark has long argued that the quotas are “a hostile act”.',
        'a hostile',
      ),
    ).toBe('Denmark [quotes:subject-of-verb-before]');
  });

  it('when a colon follows the country’s response, then the country speaks the quotation after it', () => {
    const body = 'Norway raised the quotas.\n\nDenmark’s response was swift: “This is a hostile act.”';
    expect(credit(body, 'This is a hostile')).toBe('Denmark [quotes:colon-lead]');
    const from =
      'Norway raised the quotas.\n\nThe reaction from Copenhagen came within hours: “This is a hostile act.”';
    expect(credit(from, 'This is a hostile')).toBe('Copenhagen [quotes:colon-lead]');
  });
});

describe('bodies and spokespeople by name', () => {
  it('when "<Country>’s Ministry of Foreign Affairs" and "the <Demonym> Foreign Ministry" are both named, then they are one body', () => {
    const body =
      'Denmark’s Ministry of Foreign Affairs issued a statement on Monday. “The Danish Foreign Ministry rejects the quotas,” the statement said.';
    const { names } = extractChecked(TITLE, body);
    expect(names.filter((n) => /Ministry/.test(n))).toEqual(['Organization Danish Foreign Ministry']);
    expect(credit(body, 'The Danish Foreign')).toBe('Danish Foreign Ministry [quotes:the-statement]');
  });

  it('when "the spokeswoman" speaks after the body’s spokeswoman was named, then she speaks, not the body', () => {
    const body =
      'Danish Foreign Ministry spokeswoman Ida Holm said the quotas were “unfair”.\n\nOn the fleet, the spokeswoman said Denmark had “every right” to fish there.';
    expect(credit(body, 'every right')).toBe('Ida Holm [quotes:the-named-spokesperson]');
  });

  it('when "a spokesperson" speaks and the body’s spokesperson is named only later, then the body speaks', () => {
    const body =
      'The Danish Foreign Ministry protested.\n\n“We will not accept it,” a spokesperson said.\n\nLast month, Danish Foreign Ministry spokeswoman Ida Holm warned of this.';
    expect(credit(body, 'We will not')).not.toMatch(/Ida Holm/);
  });

  it('when an inverted attribution after the quotation goes on with "but added", then its speaker speaks', () => {
    const body =
      'Danish Foreign Minister Lars Berg spoke on Monday.\n\nThe quotas reveal a “hostile” policy towards Denmark, said Berg, but added they would fail.';
    expect(credit(body, 'hostile')).toBe('Lars Berg [quotes:name]');
  });

  it('when "the Deputy Foreign Minister" speaks after "Vice Foreign Minister X" was named, then X speaks', () => {
    const body =
      'Vice Foreign Minister Lars Berg met the Norwegian envoy on Monday.\n\nThe move was an “obvious overreaction”, the Deputy Foreign Minister was quoted as saying.';
    expect(credit(body, 'obvious')).toBe('Lars Berg [quotes:role-titled-before]');
  });

  it('when two persons were titled so before, then the role names neither', () => {
    const body =
      'Vice Foreign Minister Lars Berg met Vice Foreign Minister Ole Dahl on Monday.\n\n“This is an obvious overreaction,” the vice foreign minister said.';
    expect(credit(body, 'This is') ?? 'nobody').not.toMatch(/role-titled-before/);
  });

  it('when a paragraph’s last quotation is attributed after its closing mark, then the paragraph’s unattributed fragments are that speaker’s', () => {
    const body =
      'Vice Foreign Minister Lars Berg met the Norwegian envoy on Monday.\n\nNorway kept “fishing in our waters”. It was an “obvious overreaction,” the Deputy Foreign Minister was quoted as saying.';
    expect(credit(body, 'fishing in our')).toBe('Lars Berg [quotes:paragraph-speaker]');
  });
});
