// Quotation marks as real pages set them and clause shapes that name the speaker (issue 9), on invented
// text: marks of other typographies, a closing glyph set as an opening one, opening participle clauses,
// "it" in a reported clause, capitalised appositions, and one name for a ministry however it is worded.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../server/src/extract/index.js';
import { extract, speakerOf } from '../helpers/extract-text.js';

describe('quotation marks', () => {
  it('when a page uses low-high marks, guillemets or doubled apostrophes, then the words inside are a quotation', () => {
    const d = extract(
      [
        'Baltic leaders speak',
        'Latvian Foreign Minister Baiba Braze said: „We will not allow this.“ She left soon after.',
        'Estonian Prime Minister Kristen Michal said: «Russia must pay for its crimes.»',
        "Finnish President Alexander Stubb said: ''Our border will stay closed.''",
      ].join('\n'),
    );
    expect(d.statements.map((x) => x.quote)).toEqual([
      'We will not allow this.',
      'Russia must pay for its crimes.',
      'Our border will stay closed.',
    ]);
    expect(speakerOf(d, 'Our border')).toBe('Alexander Stubb');
  });

  it('when an opening glyph ends a paragraph, or a plural ends a ‘…’ quotation, then they close it', () => {
    const d = extract(
      [
        'Oslo protests',
        'The Norwegian Foreign Ministry summoned the envoy on Monday.',
        'The ministry added: “The remarks are false. They harm our relations. “',
        'The ministry said the envoy had repeated claims ‘based on fabricated reports’ in his speech.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'The remarks are false')).toBe('Norwegian Foreign Ministry');
    expect(speakerOf(d, 'based on fabricated reports')).toBe('Norwegian Foreign Ministry');
  });
});

describe('clause shapes', () => {
  it('when a quotation sits in an opening participle clause, then the main clause’s subject speaks', () => {
    const d = extract(
      [
        'Dhaka recalls envoy',
        'Complaining that ‘no progress at all’ had been made, Dhaka said it would recall its envoy.',
        'Describing the talks as “a waste of time,” Bangladesh announced it would leave.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'no progress')).toBe('Dhaka');
    expect(speakerOf(d, 'a waste of time')).toBe('Bangladesh');
  });

  it('when "it" is the subject of a reported clause, then the reporter speaks; after openers a country is the subject of a coordinated verb', () => {
    const d = extract(
      [
        'Quito recalls envoy',
        'Quito said in a statement that it had recalled its ambassador for “urgent consultations”.',
        'Earlier, on Monday, Ecuador had summoned Peru’s envoy and said the remarks were “unacceptable”.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'urgent consultations')).toBe('Quito');
    expect(speakerOf(d, 'unacceptable')).toBe('Ecuador');
  });

  it('when capitalised appositions follow a name ("X, Spokesperson, Ministry of Y, Country, said"), then the name speaks', () => {
    const d = extract(
      [
        'Delhi responds',
        'Arun Mehta, Official Spokesperson, Ministry of External Affairs, India, at a briefing said, “We have noted the remarks.”',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We have noted')).toBe('Arun Mehta');
  });
});

describe('ministries', () => {
  it('when a page names a ministry in its long and short forms, then it is one organisation, and "the ministry" is the one that acts, not one named after a preposition', () => {
    const d = extract(
      [
        'Hanoi protests',
        'The Vietnamese Foreign Ministry summoned the envoy on Friday.',
        'The Vietnamese Ministry of Foreign Affairs said an official of the Ministry of Planning had met him.',
        'The ministry stressed that the claims were “groundless”.',
      ].join('\n'),
    );
    expect(d.entities.filter((e) => /Foreign/.test(e.name)).map((e) => e.name)).toEqual([
      'Vietnamese Foreign Ministry',
    ]);
    expect(speakerOf(d, 'groundless')).toBe('Vietnamese Foreign Ministry');
  });
});

describe('credits and sources', () => {
  it('when an outlet quoted someone "as saying", then the one quoted speaks; "in the words of X" and "as X put it" name the source', () => {
    const d = extract(
      [
        'Moscow warns Chisinau',
        'Interfax quoted Deputy Foreign Minister Andrei Rudenko as saying that Moscow "will respond."',
        'In the words of Foreign Minister Maia Sandu, the decision was "long overdue."',
        'As Rudenko put it, "nobody wins from this."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'will respond')).toBe('Andrei Rudenko');
    expect(speakerOf(d, 'long overdue')).toBe('Maia Sandu');
    expect(speakerOf(d, 'nobody wins')).toBe('Andrei Rudenko');
  });

  it('when a credit follows a quotation after a dash, or a headline quotation after a colon, then the credited name speaks (the person a body’s noun introduces)', () => {
    const d = extract(
      [
        '‘Our patience has limits’: Kremlin spokesman Ushakov',
        'Kremlin spokesman Yuri Ushakov spoke on Monday.',
        '“This is an unacceptable interference” – Bolivian Foreign Minister Celinda Sosa.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'Our patience')).toBe('Yuri Ushakov');
    expect(speakerOf(d, 'This is an unacceptable')).toBe('Celinda Sosa');
  });

  it('when a headline gives words to "<body> chief", then the body’s head speaks, not its spokesman; "the <demonym> leader" is the leader titled with that demonym', () => {
    const d = extract(
      [
        'NATO chief ‘alarmed’ by expulsions',
        'NATO Secretary General Mark Rutte, whose spokeswoman Farah Dakhlallah spoke later, reacted on Monday.',
        'Rwandan leader Paul Kagame met him. The Rwandan leader said Kigali wanted "calm and dialogue."',
      ].join('\n'),
    );
    expect(speakerOf(d, 'alarmed')).toBe('Mark Rutte');
    expect(speakerOf(d, 'calm and dialogue')).toBe('Paul Kagame');
  });

  it('when a wire dateline names a city in capitals (with its country), then the city is a place and the agency is furniture; labels in capitals are not', () => {
    const d = extract(
      [
        'Talks in Bali',
        'NUSA DUA, Indonesia (AP) — Leaders met on Monday.',
        'EXCLUSIVE - Envoys meet in secret.',
      ].join('\n'),
    );
    const names = d.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toContain('Place:Nusa Dua');
    expect(names).not.toContain('Organization:AP');
    expect(names.some((n) => /Exclusive|EXCLUSIVE/.test(n))).toBe(false);
  });
});

describe('unnamed spokespeople and pages without a headline', () => {
  it('when "a spokesperson" with no body speaks and the text gives spokespeople to one body only, then that body speaks; a reporting clause may go on with ", adding that"', () => {
    const d = extract(
      [
        'Ottawa expels two diplomats',
        'The move answers the “unjustified expulsion of our staff” last week, a spokesperson stated Monday, adding that Canada acted in kind.',
        '“Canada will defend its diplomats,” the spokesperson said in an email.',
        'Earlier, Canadian Foreign Ministry spokesperson Lena Moreau said Ottawa would respond.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'unjustified expulsion')).toBe('Canadian Foreign Ministry');
    expect(speakerOf(d, 'Canada will defend')).toBe('Canadian Foreign Ministry');
  });

  it('when a page has no headline, then a line ending in a closing quotation mark is no headline either', () => {
    const raw = [
      'date 2024-03-05 Ottawa expelled two Russian diplomats on Monday in a tit-for-tat move after Moscow expelled two Canadians last month, officials said.',
      '“Canada will not accept the harassment of its diplomats and their families.”',
      'The two diplomats have five days to leave the country, the officials added in a statement.',
    ].join('\n');
    const d = extractArticle({
      raw,
      meta: { title: 'Canada expels Russian diplomats in response', outlet: 'Test', published: '2024-03-05' },
    }).document;
    expect(d.entities.map((e) => e.name)).toContain('Ottawa');
  });
});

describe('single marks after a speech verb', () => {
  it('when single marks open right after "tweeted," or "said:", then they may hold whole sentences, and a lower-case role apposition still gives the name', () => {
    const d = extract(
      [
        'Dhaka recalls envoy',
        "Dr Rashid Karim, spokesperson of Ministry of Foreign Affairs, Bangladesh tweeted, 'We have recalled our envoy. He left this morning.'",
        "Officials said: 'The envoy will brief the cabinet. No date is set.'",
      ].join('\n'),
    );
    expect(speakerOf(d, 'We have recalled')).toBe('Rashid Karim');
    expect(d.statements.find((x) => x.quote.startsWith('We have recalled'))?.quote).toBe(
      'We have recalled our envoy. He left this morning.',
    );
  });
});

describe('single marks credited after them or set as a paragraph', () => {
  it('when single marks hold sentences and a name and verb of saying follow them, then the words are one quotation of that name', () => {
    const d = extract(
      [
        'Lavrov and Blinken meet in Geneva',
        'Foreign Minister Sergei Lavrov met Antony Blinken in Geneva on Monday for the first time in a year.',
        '‘We will meet again in May. There is no other way,’ Lavrov said.',
        'Blinken left Geneva on Tuesday for Brussels, where he was to brief NATO allies on the talks.',
      ].join('\n'),
    );
    expect(d.statements.find((x) => x.quote.startsWith('We will meet'))?.quote).toBe(
      'We will meet again in May. There is no other way,',
    );
    expect(speakerOf(d, 'We will meet')).toBe('Sergei Lavrov');
  });

  it('when single marks hold sentences and open and close their own paragraph, then they are a quotation', () => {
    const d = extract(
      [
        'Lavrov and Blinken meet in Geneva',
        'Foreign Minister Sergei Lavrov met Antony Blinken in Geneva on Monday. Lavrov said the talks were useful and that both sides would keep talking.',
        '‘We will meet again in May. There is no other way.’',
        'Blinken left Geneva on Tuesday for Brussels, where he was to brief NATO allies on the talks.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'We will meet')).toBe('Sergei Lavrov');
  });

  it('when single marks around several sentences are neither credited nor a paragraph of their own, then they are no quotation', () => {
    const d = extract(
      [
        'Lavrov and Blinken meet in Geneva',
        "Lavrov met Blinken on the 'reset'. It was not new. Both sides' aides stayed.",
      ].join('\n'),
    );
    expect(d.statements.filter((x) => x.quote.includes('It was not new'))).toEqual([]);
  });
});

describe('an owner speaking through an unnamed voice', () => {
  it('when "X’s office" or "X’s spokesman" says something with no name after it, then X speaks', () => {
    const lead = 'President Volodymyr Zelensky met Chancellor Olaf Scholz in Berlin on Monday.';
    const d = extract(
      [
        'Zelensky and Scholz meet in Berlin',
        lead,
        'Zelensky’s office said the talks were “productive”.',
        '“We agreed on air defence,” Scholz’s spokesman told reporters.',
        'Scholz’s spokesman Steffen Hebestreit said the talks were “frank”.',
      ].join('\n'),
    );
    expect(speakerOf(d, 'productive')).toBe('Volodymyr Zelensky');
    expect(speakerOf(d, 'We agreed')).toBe('Olaf Scholz');
    expect(speakerOf(d, 'frank')).toBe('Steffen Hebestreit');
    expect(d.statements.find((x) => x.quote.startsWith('productive'))?.rule).toBe('quotes:owner-voice');
  });
});
