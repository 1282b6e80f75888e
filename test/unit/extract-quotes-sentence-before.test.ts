// A quotation inside a sentence that has no verb of saying and names no person or body outside its
// quotations, right after a sentence whose subject spoke (quotes/paragraph-pass.ts,
// quotes:speaker-of-sentence-before); "told" read only after its subject ("…," the minister, who …, told
// the Senate: the Senate is no speaker). Invented sentences.
import { describe, expect, it } from 'vitest';
import { extractChecked } from '../helpers/extract-text.js';

const TITLE = 'Diplomatic row deepens';

/** The speaker's name and rule of the statement whose quotation starts with `start`, or undefined. */
function credit(body: string, start: string): string | undefined {
  const { d } = extractChecked(TITLE, body);
  const st = d.statements.find((s) => s.quote.startsWith(start));
  return st && `${d.entities.find((e) => e.id === st.speaker)?.name} [${st.rule}]`;
}

const RULE = 'quotes:speaker-of-sentence-before';

describe('a quotation in narration right after a sentence whose subject spoke', () => {
  it('when a ministry rejected claims in the sentence before, then the ministry speaks', () => {
    const body =
      "India's Ministry of External Affairs rejected the allegations on Tuesday. The claims were “absurd and motivated”, and Ottawa should act against extremists on its soil.";
    expect(credit(body, 'absurd')).toBe(`Indian Ministry of External Affairs [${RULE}]`);
  });

  it('when "She said" opens the sentence before, then the person she stands for speaks', () => {
    const body =
      "Pakistan's foreign office spokesperson Mumtaz Zahra Baloch addressed the weekly briefing in Islamabad on Thursday.\n\nShe said the border closure was temporary. Pakistan “remains committed to peace in Afghanistan” and to trade with its neighbour.";
    expect(credit(body, 'remains')).toBe(`Mumtaz Zahra Baloch [${RULE}]`);
  });

  it('when a minister warned in the paragraph before, then the minister speaks the next paragraph', () => {
    const body =
      "Egyptian Foreign Minister Sameh Shoukry warned on Saturday that Cairo would defend its water rights.\n\nThe dam's filling, without agreement, is “a threat to regional stability” and to the livelihoods of millions.";
    expect(credit(body, 'a threat')).toBe(`Sameh Shoukry [${RULE}]`);
  });

  it('when a minister denounced remarks (British spelling around), then the minister speaks', () => {
    const body =
      'Peruvian Foreign Minister Ana Cecilia Gervasi denounced the remarks on Friday.\n\nLima considered them “unacceptable interference” in its internal affairs and the behaviour of the envoy “wholly inappropriate”.';
    expect(credit(body, 'unacceptable interference')).toBe(`Ana Cecilia Gervasi [${RULE}]`);
  });

  it('when "He called on" opens the sentence before, then his antecedent speaks', () => {
    const body =
      'Latvian Foreign Minister Krisjanis Karins criticised the decision on Wednesday. He called on partners to respond. Riga regards the step as “a provocation”.';
    expect(credit(body, 'a provocation')).toBe(`Krisjanis Karins [${RULE}]`);
  });

  it('when the subject before only met someone, then no one speaks', () => {
    const body =
      'Somali President Hassan Sheikh Mohamud met Kenyan officials in Nairobi. The talks were “frank and cordial”, and a joint committee will meet in May.';
    expect(credit(body, 'frank')).toBeUndefined();
  });

  it('when the sentence names another person outside the quotation, then the rule does not choose', () => {
    const body =
      "Foreign Secretary James Cleverly condemned the execution. The move was “barbaric”, and Britain summoned Iran's chargé d'affaires, Mehdi Hosseini Matin, to protest.";
    expect(credit(body, 'barbaric') ?? '').not.toContain(RULE);
  });
});

describe('a quotation standing alone after sentences that name no one', () => {
  it('when the paragraph between only narrates, then the minister who told parliament speaks', () => {
    const body =
      'New Zealand Foreign Minister Winston Peters told parliament on Tuesday that ties with Fiji would be reviewed.\n\nThe review follows the expulsion of two diplomats last month and a dispute over fishing rights.\n\n“We will not accept threats to our people in the Pacific.”';
    expect(credit(body, 'We will not accept')).toMatch(/^Winston Peters /);
  });

  it('when a president announced the recall two paragraphs before, then the president speaks', () => {
    const body =
      "Bolivia's President Luis Arce announced on Sunday that the ambassador would be recalled.\n\nThe envoy had served in Lima since 2021.\n\n“Bolivia demands respect for its sovereignty and for its indigenous peoples.”";
    expect(credit(body, 'Bolivia demands')).toBe(`Luis Arce [${RULE}]`);
  });

  it('when the first sentence before that names someone tells of a meeting, then the rule names no one', () => {
    const body =
      'Nigerian Foreign Minister Yusuf Tuggar met the Ghanaian high commissioner on Friday.\n\nThe meeting lasted two hours.\n\n“Nigeria remains open to dialogue with all its neighbours.”';
    expect(credit(body, 'Nigeria remains') ?? '').not.toContain(RULE);
  });
});

describe('"told" is read after its subject only', () => {
  it('when a relative clause stands between the subject and "told", then the one told is no speaker', () => {
    const body =
      'Chile expelled a Venezuelan diplomat on Monday. “The government will not tolerate interference in our internal affairs,” the minister, who arrived from Lima on Sunday evening, told the Senate.';
    expect(credit(body, 'The government')).toBeUndefined();
  });

  it('when the speaker is named before "told", then that speaker speaks', () => {
    const body =
      'Japan lodged a protest with South Korea on Tuesday. “It is extremely regrettable,” Chief Cabinet Secretary Yoshimasa Hayashi told a news conference in Tokyo.';
    expect(credit(body, 'It is extremely')).toBe('Yoshimasa Hayashi [quotes:name]');
  });
});

describe('the author of a noun of speech named after titles', () => {
  it('when "accusations by" a titled minister precede the words, then the minister speaks', () => {
    const body =
      'French Foreign Minister Catherine Colonna rejected accusations by Russian Foreign Minister Sergei Lavrov that Paris was “waging a hybrid war” in Africa.';
    expect(credit(body, 'waging')).toBe('Sergei Lavrov [quotes:author-of-speech-noun]');
  });

  it('when "the allegations of" a titled premier precede the words, then the premier speaks', () => {
    const body =
      'Egyptian Foreign Minister Sameh Shoukry dismissed the allegations of Ethiopian Prime Minister Abiy Ahmed that Cairo was “sabotaging the talks” on the dam.';
    expect(credit(body, 'sabotaging')).toBe('Abiy Ahmed [quotes:author-of-speech-noun]');
  });

  it('when the subject says the words after the noun phrase, then the subject speaks', () => {
    const body =
      'French Foreign Minister Catherine Colonna rejected accusations by Russian Foreign Minister Sergei Lavrov and said that Moscow was “spreading lies” about Mali.';
    expect(credit(body, 'spreading')).toMatch(/^Catherine Colonna /);
  });
});

describe('an outlet that quoted someone as saying, after the quotation', () => {
  it('when an agency quoted a titled minister as saying the words, then the minister speaks', () => {
    const body =
      'Moscow reacted on Tuesday. “The decision is regrettable,” TASS quoted Russian Deputy Foreign Minister Sergei Ryabkov as saying.';
    expect(credit(body, 'The decision')).toBe('Sergei Ryabkov [quotes:quoted-after]');
  });

  it('when the one quoted has an apposition before "as saying", then that person speaks', () => {
    const body =
      'Seoul protested on Friday. “We will respond firmly to any provocation,” Yonhap news agency cited Cho Tae-yul, South Korea’s foreign minister, as saying.';
    expect(credit(body, 'We will respond')).toBe('Cho Tae-yul [quotes:quoted-after]');
  });

  it('when the outlet quoted a pronoun, then the rule names no one', () => {
    const body = 'Moscow reacted on Tuesday. “The decision is regrettable,” the agency quoted him as saying.';
    expect(credit(body, 'The decision') ?? '').not.toContain('quoted-after');
  });
});

describe('"according to X" that ends the sentence of a quotation, far after it', () => {
  it('when a relative clause stands between the words and the source, then the source speaks', () => {
    const body =
      'Moscow closed two consulates on Friday. The measures are “a legitimate response to hostile acts”, which include the seizure of assets and the closure of consulates in several cities, according to Russian Foreign Ministry spokeswoman Maria Zakharova.';
    expect(credit(body, 'a legitimate')).toBe('Maria Zakharova [quotes:according-at-end]');
  });

  it('when the source ends the sentence after a date, then the source speaks', () => {
    const body =
      'Seoul recalled its envoy. The decision was “unavoidable given the circumstances” and the ambassador will stay home until further notice, according to South Korean Foreign Minister Cho Tae-yul on Thursday.';
    expect(credit(body, 'unavoidable')).toBe('Cho Tae-yul [quotes:according-at-end]');
  });

  it('when another verb of saying gives the words to someone, then "according to" does not decide', () => {
    const body =
      'Tensions rose on Friday. Hungarian Prime Minister Viktor Orban called the plan “a road to war”, according to Polish Foreign Minister Radoslaw Sikorski.';
    expect(credit(body, 'a road to war') ?? '').not.toContain('according-at-end');
  });
});

describe("an interview's answers after question lines", () => {
  it('when "A:" opens the line of the words, then the one person the introduction names speaks', () => {
    const body =
      "Spain's ambassador to Morocco, Enrique Ojeda, spoke to El Pais about the crisis.\n\nQ: How are relations now?\n\nA: “Relations have never been better, and we are working on trade.”\n\nQ: And the border?\n\nA: “The border posts will reopen in spring.”";
    expect(credit(body, 'Relations have')).toBe('Enrique Ojeda [quotes:interview-answer]');
    expect(credit(body, 'The border posts')).toBe('Enrique Ojeda [quotes:interview-answer]');
  });

  it('when the words open the line right after a question line, with no "A:", then the same person speaks', () => {
    const body =
      'In an interview with the BBC, Estonian Foreign Minister Margus Tsahkna discussed the row.\n\nQ: What do you make of the expulsions?\n\n“It is a provocation and we will respond.”';
    expect(credit(body, 'It is a provocation')).toBe('Margus Tsahkna [quotes:interview-answer]');
  });

  it('when the introduction names two people, then the rule names no one', () => {
    const body =
      'Journalist Amira Hassan spoke to Egyptian Foreign Minister Sameh Shoukry in Cairo.\n\nQuestion: Will Cairo mediate again?\n\nAnswer: “We have never stopped, and we will not stop now.”';
    expect(credit(body, 'We have never') ?? '').not.toContain('interview-answer');
  });
});

describe("a name after an unnamed one's preposition before the verb", () => {
  it('when an aide to a president told an agency, then the reporting clause does not give the president', () => {
    const body =
      'Ankara reacted on Monday. “This decision is null and void,” an aide to President Recep Tayyip Erdogan told Reuters.';
    expect(credit(body, 'This decision') ?? '').not.toContain('reporting-clause-after');
  });

  it('when a source close to a minister spoke, then the reporting clause does not give the minister', () => {
    const body =
      'Paris reacted on Monday. “We were not consulted,” a source close to Foreign Minister Jean-Noel Barrot later said.';
    expect(credit(body, 'We were not') ?? '').not.toContain('reporting-clause-after');
  });

  it('when an envoy is titled with a preposition, then the envoy still speaks', () => {
    const body =
      'Tokyo reacted. “This is a historic step for the alliance and for the region,” US Ambassador to Japan Rahm Emanuel later told reporters.';
    expect(credit(body, 'This is a historic')).toBe('Rahm Emanuel [quotes:reporting-clause-after]');
  });
});
