// Quote speakers, on invented sentences: a body named by its kind that the text named by an
// acronym after its long name ("the mission" after "the United Nations Mission in X (UNMX)"); a body
// noun with a number before it ("the 15-member council"); more collective nouns ("the grouping"); an
// owner's foreign service; a body named by its kind as the subject of a sentence whose verb is no verb of
// saying ("The ministry lodged a “…”"); a headline's present-tense verb ("EU slams ‘…’"); a headline's
// possessive role ("Ruritania’s President tells …"); "members of the council"; "it" in a sentence a
// governing body opens; the person asked a question as the one who replies.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

/** The speaker's name and rule of the statement whose quotation starts with `start`. */
function credit(title: string, body: string, start: string): string | undefined {
  const { d } = extractChecked(title, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

describe('a body named by its kind', () => {
  it('when the text named a body by an acronym after its long name, then "the mission" is that body', () => {
    expect(
      credit(
        'Peacekeepers attacked',
        'The United Nations Mission in South Sudan (UNMISS) condemned the attack on its base on Monday.\n\nThe mission said the attack was “a serious violation” of the peace deal.',
        'a serious violation',
      ),
    ).toBe('United Nations Mission in South Sudan [quotes:body-by-kind]');
  });

  it('when a number-word stands before the body noun, then "the 47-member council" is the council', () => {
    expect(
      credit(
        'Rights body votes',
        'The UN Human Rights Council adopted a resolution on Friday.\n\nThe 47-member council said it was “gravely concerned” by the reports of arrests.',
        'gravely concerned',
      ),
    ).toBe('UN Human Rights Council [quotes:body-by-kind]');
  });

  it('when "the grouping" speaks, then it is the collective body named before', () => {
    expect(
      credit(
        'Regional bloc meets',
        'The Association of Southeast Asian Nations (ASEAN) met in Jakarta on Tuesday.\n\n“The situation is dire and calls for restraint,” the grouping said in a joint statement.',
        'The situation is dire',
      ),
    ).toBe('Association of Southeast Asian Nations [quotes:collective-body]');
  });

  it('when an owner’s foreign service speaks, then the owner speaks', () => {
    expect(
      credit(
        'Vote criticised',
        'The European Union responded on Friday to the vote in Minsk.\n\n“The vote was neither free nor fair,” the EU’s foreign service said.',
        'The vote was neither',
      ),
    ).toBe('European Union [quotes:owner-voice]');
  });

  it('when a body named by its kind opens a sentence whose verb is no verb of saying, then it speaks', () => {
    expect(
      credit(
        'Envoy summoned',
        'The African Union Commission met on Monday in Addis Ababa.\n\nThe Commission lodged a “firm and formal protest” with the embassy over the incident.',
        'firm and formal protest',
      ),
    ).toBe('African Union Commission [quotes:subject-of-own-sentence]');
  });

  it('when "members of" a council express words, then the council speaks', () => {
    expect(
      credit(
        'Council meets',
        'The Security Council held an emergency meeting on Friday.\n\nMembers of the Security Council expressed “deep concern” about the fighting.',
        'deep concern',
      ),
    ).toBe('Security Council [quotes:members-of]');
  });
});

describe('headlines', () => {
  it('when a headline’s verb is in the present tense, then its subject speaks', () => {
    expect(
      credit(
        'EU slams ‘unacceptable’ expulsion of its envoy',
        'The European Union on Monday criticised the decision of the junta.',
        'unacceptable',
      ),
    ).toBe('European Union [quotes:subject-of-verb-before]');
  });

  it('when a headline’s subject is a country’s role, then the person the text titles so speaks', () => {
    expect(
      credit(
        'Ruritania’s President tells envoys they have “three days to leave”',
        'Ruritania’s President Anton Belik spoke to supporters in the capital on Monday.',
        'three days to leave',
      ),
    ).toBe('Anton Belik [quotes:role-subject]');
  });
});

describe('pronouns', () => {
  it('when "it" stands in a sentence a governing body opens, then "it" is that body’s country', () => {
    expect(
      credit(
        'Envoy told to leave',
        'The military junta in Niger has ordered the French ambassador to leave within 48 hours.\n\nThe junta’s decision answers steps taken by the French government that it says are “contrary to the national interest.”',
        'contrary to the national interest',
      ),
    ).toBe('Niger [quotes:what-it-called]');
  });

  it('when someone asked a person by role a question, then "he replied" is the one asked', () => {
    expect(
      credit(
        'Envoy interviewed',
        'Acting Ambassador Tom Reed met reporters in Lviv on Monday.\n\nSenator Paul Grant asked the acting ambassador whether the embassy would reopen soon.\n\n“We want to return as soon as it is safe,” he replied.',
        'We want to return',
      ),
    ).toBe('Tom Reed [quotes:the-one-asked]');
  });

  it('when no one was asked, then "he replied" is still the person the pronoun stands for', () => {
    expect(
      credit(
        'Envoy interviewed',
        'Acting Ambassador Tom Reed met reporters in Lviv on Monday.\n\n“We want to return as soon as it is safe,” he replied.',
        'We want to return',
      ),
    ).toBe('Tom Reed [quotes:pronoun]');
  });
});
