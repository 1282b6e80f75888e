// Organisations speaking through a phrase that names them by kind (quotes/speakers.ts, quotes/collective-body.ts):
// a body whose own words name it ("“The Foreign Ministry rejects …,” the ministry said") and a definite
// collective noun ("the alliance", "the group", "the bloc") for the organisation of no other kind last named.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Row over fishing rights deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a body named by its kind', () => {
  it('when no body of that kind is named before but its own words name one, then that body speaks', () => {
    const body =
      'Norway protested on Monday.\n\n“The Danish Foreign Ministry rejects these claims as baseless,” the ministry said.';
    expect(credit(body, 'The Danish Foreign Ministry rejects')).toBe(
      'Danish Foreign Ministry [quotes:body-in-own-words]',
    );
  });

  it('when a body of that kind was named before, then that body speaks, not one its words name', () => {
    const body =
      'The Norwegian Foreign Ministry summoned the envoy.\n\n“The Danish Foreign Ministry must answer,” the ministry said.';
    expect(credit(body, 'The Danish Foreign Ministry must')).toBe(
      'Norwegian Foreign Ministry [quotes:body-by-kind]',
    );
  });
});

describe('a collective noun for an organisation', () => {
  it('when "the alliance", "the group" or "the bloc" speaks, then the organisation last named speaks', () => {
    expect(
      credit('NATO condemned the test on Monday.\n\n“We will respond,” the alliance said.', 'We will'),
    ).toBe('NATO [quotes:collective-body]');
    expect(
      credit(
        'Hamas rejected the proposal.\n\n“We will not accept it,” the group said in a statement.',
        'We will',
      ),
    ).toBe('Hamas [quotes:collective-body]');
    expect(
      credit(
        'The European Union imposed sanctions.\n\n“These measures are targeted,” the bloc said.',
        'These',
      ),
    ).toBe('European Union [quotes:collective-body]');
  });

  it('when the organisation last named is a ministry, an embassy or an outlet, then it is not the group', () => {
    const body =
      'The Norwegian Foreign Ministry summoned the envoy, Reuters reported.\n\n“We will not accept it,” the group said.';
    expect(credit(body, 'We will') ?? 'nobody').not.toMatch(/collective-body/);
  });

  it('when the noun is "a group of" people, then no organisation speaks', () => {
    const body = 'Hamas rejected the proposal.\n\n“We are tired of waiting,” the group of families said.';
    expect(credit(body, 'We are tired') ?? 'nobody').not.toMatch(/Hamas/);
  });
});

describe('a country speaking through its governing body or as the clause subject', () => {
  it('when "the junta" or "the government" speaks, then the country the text tied that body to speaks', () => {
    expect(
      credit(
        'The military junta that took over the civilian government in Niger ordered the envoy out.\n\nThe junta said the envoy had made “hostile remarks”.',
        'hostile',
      ),
    ).toBe('Niger [quotes:governing-body]');
    expect(
      credit(
        "Mali's junta expelled the French ambassador.\n\n“His remarks were hostile,” the junta said.",
        'His',
      ),
    ).toBe('Mali [quotes:governing-body]');
  });

  it('when no country was tied to that body before, then no country is guessed', () => {
    const body = 'Mali expelled the French ambassador.\n\n“His remarks were hostile,” the government said.';
    expect(credit(body, 'His remarks') ?? 'nobody').not.toMatch(/governing-body/);
  });

  it('when a place opens the clause of "what it called", then the place is "it"', () => {
    expect(
      credit(
        'Russia on Monday expelled two Estonian diplomats over what it called “hostile activities”.',
        'hostile',
      ),
    ).toBe('Russia [quotes:what-it-called]');
  });

  it('when a later clause has its own subject, then "what it called" is that subject, not the opener', () => {
    const body =
      'Slovenia regretted the decision, while Peru denounced what it described as “interference in our affairs”.\n\n' +
      'Austria kept silent; but the Indian government on Monday rejected what it called “a hostile step”.';
    expect(credit(body, 'interference')).toBe('Peru [quotes:what-it-called]');
    expect(credit(body, 'a hostile step')).toBe('India [quotes:what-it-called]');
  });

  it('when the later clause opens with no named subject, then the opener keeps "it"', () => {
    const body = 'Russia expelled two diplomats, and the move came over what it called “hostile activities”.';
    expect(credit(body, 'hostile')).toBe('Russia [quotes:what-it-called]');
  });
});
