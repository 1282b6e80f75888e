// The nouns of an act someone did or said whose "by", "of" or "from" names its doer ("the remarks of X",
// "claims made by Y"), in one list that every stance reader builds from (quote-stance.ts, stance-phrases.ts,
// judged-act-doer.ts, and verbs.ts, which adds acts of force and of travel to it). Singular and plural alike.

/** Nouns of accusing (accusation-nouns.ts reads their owner and their target). */
export const ACCUSING_ACT = String.raw`(?:allegations?|accusations?)`;

/** Nouns of an act whose "of" names its doer ("the unacceptable remarks of X"), unlike "the invasion of X". */
export const DOER_ACT = String.raw`(?:remarks?|comments?|statements?|decisions?|words|actions?|acts?|behaviou?r|conduct|stances?|positions?|interference|polic(?:y|ies)|claims?|${ACCUSING_ACT}|assertions?|insinuations?|moves?|steps?|measures?|veto|tweets?|posts?|speech|rhetoric)`;
