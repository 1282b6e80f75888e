// Unknown names accepted as the doer of a clause (name-positions.ts holds the other positions). A run of two
// or three name-shaped words that nothing else took is a person when it opens a sentence and a finite verb
// in lower case follows it, the sentence going on ("Yahya Sinwar rejected the plan", "Kwame Otieno
// condemns the vote"), or is then said to be somewhere ("X is on a visit to Japan", "X is in Tokyo"), or
// when it follows a passive "by" ("the plan was rejected by Yahya Sinwar on
// Monday"). Not when a word of it names a storm, an operation, a product or an event ("Operation Sindoor
// ended", "Hurricane Milton hit"), nor when the verb's object is "its"/"their" (a body: "Goldman Sachs
// raised its forecast"), nor a plural noun read as a verb ("Goldman Sachs shares fell"). Also the speaker
// after an inverted verb of saying that follows a quotation or a clause ("…,” said Josep Borrell, High
// Representative …", "…, added Kwame Otieno.").
import { isCommonWord, isFirstName, isKnownPlace, lexTags } from '../lexicon.js';
import { MONTHS, WEEKDAYS } from './chunking.js';
import { thingName } from './thing-names.js';

/** The subject's place: a sentence's or a line's start, maybe after "But"/"And" or an opening phrase's comma. */
const SENTENCE_OPEN =
  /(?:^|[.!?]["”’]?[^\S\n]+|\n[^\S\n]*)(?:(?:But|And|Yet|Meanwhile|However|Separately|Later|Earlier|Instead|Last \p{Ll}+|(?:On|In|At|During|After|Following|Before) [\p{L}\d’' ]{2,30}),[^\S\n]+|(?:But|And|Yet|While|When|After|Before|Although|Though|As)[^\S\n]+)?$/u;
/** A clause joined on after a comma: ", while X will serve in …", ", but X rejected …". */
const CLAUSE_OPEN = /,[^\S\n]+(?:while|whereas|but|and|although|though|when|after|before)[^\S\n]+$/;
/** A group a person leads: "a delegation led by X", "the government headed by X". */
const LED_BY =
  /\b(?:delegation|team|mission|talks|meeting|government|cabinet|coalition|session|panel|ceremony)\s+(?:led|headed|chaired)\s+by\s+$/;
/**
 * A lower-case verb right after the name (maybe after an adverb or an auxiliary), then more of the clause: a
 * lower-case word, a quotation, a number, or a capitalised object ("praised Nigeria's army", "met Kwame Otieno").
 */
const VERB_AFTER =
  /^[^\S\n]+(?:(will|would|could|should|must|may|might|can|has|have|had|was|were|is)(?:[^\S\n]+not)?(?:[^\S\n]+been)?[^\S\n]+)?(?:(?:also|later|then|earlier|reportedly|repeatedly|again|previously|recently|once|has|had|have)[^\S\n]+)?(\p{Ll}{3,})[^\S\n]+(\p{Ll}+|["“‘]|\d|\p{Lu}[\p{L}\p{M}]*)/u;
/** A verb of reporting then how the report credits its source: its subject is an outlet. */
const REPORT_CREDIT_AFTER =
  /^[^\S\n]+(?:writes|wrote|reports|reported|informs|informed)[^\S\n]+(?:about (?:it|this|that)[^\S\n]+)?(?:with reference to|citing|referencing|quoting)\b/;
/** An inverted verb of saying right after a quotation's close or a clause's comma: "…,” said ", "…, added ". */
const INVERTED_SPEECH_BEFORE =
  /(?:[,?!]["”’]?|["”’])[^\S\n]*(?:said|says|added|adds|stated|noted|stressed|explained|insisted|warned|wrote|asked|continued|concluded)[^\S\n]+$/;
/** What may follow the speaker named after such a verb: punctuation or the line's end. */
const SPEAKER_END = /^[^\S\n]*(?:[,.;:(]|\n|$)/;
/**
 * Where a person is, right after the name: "is on a two-day visit to", "is in Tokyo for", "will be in Accra".
 * (A place after "in"/"at" must be one the lexicon knows; "is in talks" says nothing.)
 */
const PRESENCE_AFTER =
  /^[^\S\n]+(?:is|was|will be|would be|has been|had been|remains|remained)[^\S\n]+(?:(?:now|currently|also|already|still|again)[^\S\n]+)?(?:(?:on|in)[^\S\n]+(?:a|an|his|her|their)[^\S\n]+(?:[\p{Ll}\d-]+[^\S\n]+){0,3}(?:visit|trip|tour|stay)\b|(?:in|at)[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]+\p{Lu}[\p{L}-]+)?))/u;
const MODAL = /^(?:will|would|could|should|must|may|might|can)$/;
/** Past tenses the lexicon may not file as such. */
const PAST = /^\p{Ll}{2,}(?:ed|ied)$/u;
/** A passive verb (an auxiliary, maybe an adverb, a participle), then "by", right before the name. */
const PASSIVE_BY =
  /\b(?:was|were|is|are|been|being|be)\s+(?:(?:also|later|then|first|reportedly|jointly|personally|strongly|formally|publicly)\s+)?(\p{Ll}{3,})\s+by\s+$/u;
const IRREGULAR_PARTICIPLE =
  /^(?:led|held|made|won|told|sent|met|brought|taught|sought|found|given|written|taken|shown|known|seen|drawn|chosen|spoken|sworn|signed|read|heard|paid|said)$/;
/** What may follow the passive's doer: punctuation or a word opening an adjunct, not a noun ("by X fighters"). */
const BY_END =
  /^\s*(?:[,.;:)]|(?:on|in|at|and|after|before|during|for|from|last|this|earlier|late|when|while|as|who|to|amid|over)\b|$)/;
/** Verbs a body, an armed group or a firm does as often as a person: no cue here. */
const GROUP_VERB =
  /^(?:killed|attacked|abducted|kidnapped|bombed|seized|captured|fired|shelled|struck|launched|claimed|raised|posted|reported|acquired|bought|sold|invested|hired|shipped|produced|manufactured|won|lost|beat|defeated|funded|financed|sponsored|owned|operated|built|published|broadcast|aired)$/;
/** Words that name no person: storms, operations, products, events, places' kinds. */
const NOT_PERSON_WORD =
  /^(?:Hurricane|Cyclone|Typhoon|Storm|Tropical|Operation|Project|Plan|Road|Corridor|Summit|Dialogue|Festival|Forum|Conference|Expo|Games|Cup|Prize|Award|Act|Bill|Accord|Accords|Treaty|Pact|Doctrine|Initiative|Street|Avenue|Square|Palace|House|Hall|Tower|Bridge|Airport|Station|Port|Island|Islands|Lake|River|Valley|Mountains|Desert|Sea|Ocean|Gulf|Bay|Strait|Coast|Province|District|Region|County|City|Village|Camp|Park|Museum|Stadium|Hotel|Mosque|Church|Temple|Cathedral|Motors|Motor|Systems|Technologies|Pharma|Media|Energy|Capital|Partners|Ventures|Labs|Airlines|Express|Digital|Global|Online|Mobile|Oil|Gas|Steel|Power|Solar|Sabha|Knesset|Majlis|Sejm|Rada|Storting|Riksdag|Folketing|Bundesrat|Jirga|Shura|Khural|Hural)$/;
/** Whether a word names no person: a storm, an operation, a product, a firm's or a place's kind ("Steel"). */
export const notPersonWord = (w: string): boolean => NOT_PERSON_WORD.test(w);
/** Words of places and movements named in Arabic, Persian or Urdu ("Deir Ezzor", "Ansar Allah", "Tehreek Insaf"). */
const NOT_PERSON_LOAN_WORD =
  /^(?:Deir|Kafr|Bab|Tal|Tell|Wadi|Jabal|Jebel|Ras|Beit|Bayt|Bir|Ain|Nahr|Qasr|Dera|Kot|Tahrir|Insaf|Allah|Islami|Islamiya|Islamiyya|Jamaat|Jamiat|Tehreek|Tehrik|Hizb|Harakat|Ansar|Jaish|Lashkar|Mujahideen|Taliban|Shabaab|Haram|Sham)$/;
/** A place's ending: "Jalalabad", "Jaipur", "Kyrgyzstan", "Volgograd", "Hamburg". */
const PLACE_ENDING = /\p{Ll}(?:abad|pur|pura|stan|grad|burg|ville|shahr|nagar)$/u;

/** Whether the words could name a person here: two or three, none a common word, month or kind of place. */
function personWords(words: string[]): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    !thingName(words) &&
    words.every(
      (w) =>
        !isCommonWord(w) &&
        // (Nor a compound opening on a common word: "Twenty-two-year-old".)
        !(w.includes('-') && isCommonWord(w.slice(0, w.indexOf('-')))) &&
        !MONTHS.test(w) &&
        !WEEKDAYS.test(w) &&
        !NOT_PERSON_WORD.test(w) &&
        !NOT_PERSON_LOAN_WORD.test(w.replace(/^(?:al|el|ad|ul)-/, '')) &&
        !PLACE_ENDING.test(w),
    )
  );
}

/** Whether a lower-case word after a name is a finite verb whose subject the name is. */
function finiteVerb(verb: string, next: string): boolean {
  const tags = lexTags(verb);
  if (tags.some((t) => t === 'Plural' || t === 'Singular' || t === 'Noun')) return false;
  // (Never a body's object: "raised its forecast", "rejected their offer".)
  if (next === 'its' || next === 'their' || GROUP_VERB.test(verb)) return false;
  if (PAST.test(verb) || tags.includes('PastTense')) return true;
  // (A present tense, unless the next word is a verb too: "shares fell" is a noun and its verb. A
  // capitalised next word is the verb's object, a name: "condemns Nigeria's move".)
  if (!tags.includes('PresentTense')) return false;
  if (/^\p{Lu}/u.test(next)) return true;
  const nextTags = lexTags(next);
  return !PAST.test(next) && !nextTags.includes('PastTense') && !nextTags.includes('PresentTense');
}

/** Whether a lower-case word after "will", "was", "has" is the verb they help: "will serve", "was posted". */
function verbAfterAuxiliary(aux: string, verb: string, next: string): boolean {
  if (next === 'its' || next === 'their' || GROUP_VERB.test(verb)) return false;
  const tags = lexTags(verb);
  // (After a modal the word is a verb, whatever else the lexicon files it as: "will serve".)
  if (MODAL.test(aux)) return !tags.includes('Adverb') && !tags.includes('Plural');
  return (
    PAST.test(verb) ||
    tags.includes('Infinitive') ||
    tags.includes('PastTense') ||
    tags.includes('Participle')
  );
}

/** The cue naming an unknown run of words a person as a clause's doer, if its position does. */
export function agentCue(work: string, words: string[], start: number, end: number): string | undefined {
  if (!personWords(words)) return undefined;
  const before = work.slice(Math.max(0, start - 60), start);
  const after = work.slice(end, end + 40);
  if (/^['’]s?\b/.test(after)) return undefined;
  const p = PASSIVE_BY.exec(before);
  if (
    p &&
    (PAST.test(p[1]!) || IRREGULAR_PARTICIPLE.test(p[1]!)) &&
    !GROUP_VERB.test(p[1]!) &&
    BY_END.test(after)
  )
    return 'agent-after-passive-by';
  if (LED_BY.test(before)) return 'agent-after-passive-by';
  if (INVERTED_SPEECH_BEFORE.test(before) && SPEAKER_END.test(after)) return 'speaker-after-inverted-verb';
  if (!SENTENCE_OPEN.test(before) && !CLAUSE_OPEN.test(before)) return undefined;
  const at = PRESENCE_AFTER.exec(work.slice(end, end + 60));
  if (at && (!at[1] || isKnownPlace(at[1]))) return 'subject-of-presence';
  // ("Korvel Vesti writes about this with reference to …": an outlet crediting its source, reporting-outlets.ts.)
  if (REPORT_CREDIT_AFTER.test(after) && !words.some(isFirstName)) return undefined;
  const v = VERB_AFTER.exec(after);
  if (v && (v[1] ? verbAfterAuxiliary(v[1], v[2]!, v[3]!) : finiteVerb(v[2]!, v[3]!)))
    return 'subject-of-verb';
  return undefined;
}
