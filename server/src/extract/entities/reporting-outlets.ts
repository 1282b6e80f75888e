// Outlets named by the place they take in a sentence that credits a report, when no lexicon knows them:
// the subject of a verb of reporting set off from what it reports (", Korvel reports.", "As Korvel
// reported earlier,", "Korvel writes about it."), its object after the verb (", reports Korvel news.",
// ", reported Korvel, a state outlet"), a name in quotation marks after "told" ('told “Korvel Daily”'),
// and "The X" after "according to" or "a statement to" ("according to The Ridge"). Only names nothing
// else claimed, with no word a first name, title, demonym or place, so that a person credited with a
// report ("Smith reported", already a person) is not made an outlet. Also the agent after "reported by" or
// "a report by" when it ends its phrase ("reported by Korvel.").
import {
  demonymCountry,
  isCommonWord,
  isFirstName,
  isKnownPlace,
  ORG_HEADS,
  TITLE_WORDS,
} from '../lexicon.js';
import type { Builder } from './builder.js';
import { matchesOf } from '../regex-matches.js';
import { OUTLET_REPORTING, sayingAlternation } from '../saying-verbs.js';

const WORD = String.raw`\p{Lu}[\p{L}\p{M}\d&'’-]*(?:\.\p{Lu}\p{L}+)?`;
const NAME = String.raw`${WORD}(?:[^\S\n]+${WORD}){0,2}`;
/** One word ("Korvel.NET"), or words ending with a newspaper's word ("Tamba Courier", "Sahara Reporters"). */
const PAPER_WORDS = String.raw`(?:Reporters|Post|Times|Courier|Herald|Tribune|Today|Online|Mirror|Gazette|Journal|Express|Observer|Standard|Guardian|Telegraph|Monitor|Insider|Review|Weekly|Chronicle|Independent|Sun|Star|Leader|Punch|Vanguard)`;
const AGENT = String.raw`(?:${WORD}(?:[^\S\n]+${WORD}){0,2}[^\S\n]+${PAPER_WORDS}|${WORD})`;
/** The verbs of an outlet's report after a bare name: not "said", "quoted" or "cited", whose subject may
 * be anyone ("…, Korvel said." is a person as often). */
const REPORT_VERBS = sayingAlternation(OUTLET_REPORTING, ['said', 'says', 'quoted', 'quotes', 'cited']);
const REPORTS = `(?:${REPORT_VERBS})`;
/** A cheap test for one of them before the patterns that need one. */
const HAS_REPORT_VERB = new RegExp(REPORT_VERBS);

/**
 * The patterns, each after a cheap test for a word it needs: they open with lookbehinds tried at every
 * position of the text, so an article with no such word skips them.
 */
const PATTERNS: { needs: RegExp; re: RegExp }[] = [
  // ", Korvel reports." "; Korvel reported earlier," "As Korvel reported," "Korvel writes about it."
  {
    needs: HAS_REPORT_VERB,
    re: new RegExp(
      String.raw`(?:(?<=[,;][^\S\n]+|\b[Aa]s[^\S\n]+)|(?<=^|\n|[.!?][^\S\n]+)(?!As\s))(${NAME})(?=[^\S\n]+${REPORTS}(?:[.,;]|[^\S\n]+(?:earlier|citing|referencing|quoting|about (?:it|this|that)|with reference to)\b))`,
      'gu',
    ),
  },
  // ", reports Korvel." ", reported Korvel, an Iranian outlet" (a trailing lower-case "news" is the name's).
  {
    needs: HAS_REPORT_VERB,
    re: new RegExp(
      String.raw`(?<=[,;][^\S\n]+${REPORTS}[^\S\n]+)(${NAME}(?:[^\S\n]+news)?)(?=[.,;]|$)`,
      'gmu',
    ),
  },
  // "This was reported by Korvel.", "according to a report by Korvel Daily." (the agent of a report, ending
  // its phrase; a name of more words ends with a newspaper's word, as "Arvo Tamm" may be a reporter).
  {
    needs: /reported by|report by/,
    re: new RegExp(
      String.raw`(?<=\b(?:reported|(?:a|an|the)[^\S\n]+(?:\p{Ll}+[^\S\n]+)?report)[^\S\n]+by[^\S\n]+)((?:The[^\S\n]+)?${AGENT})(?=[^\S\n]*[.,;)]|$)`,
      'gmu',
    ),
  },
  // 'told “Korvel Daily”' (not any quoted term after "to": 'referring to “Turncoats”').
  { needs: /told/, re: new RegExp(String.raw`(?<=\btold[^\S\n]+[“"])(${NAME})(?=[,.]?[”"])`, 'gu') },
  // "according to The Ridge", "in a statement to The Ridge".
  {
    needs: /according to|statement|interview|comment|remarks/,
    re: new RegExp(
      String.raw`(?<=\b(?:according to|(?:statement|interview|comments?|remarks) (?:to|with))[^\S\n]+)(The[^\S\n]+${NAME})`,
      'gu',
    ),
  },
];

/** A word that may be part of an outlet's name here: no first name, title, demonym or place of its own. */
function outletWord(w: string): boolean {
  return !isFirstName(w) && !TITLE_WORDS.has(w.toLowerCase()) && !demonymCountry(w) && !isKnownPlace(w);
}

/** Adds the outlets a report's credit names. */
export function reportingOutlets(b: Builder, work: string): void {
  for (const { needs, re } of PATTERNS) {
    if (!needs.test(work)) continue;
    for (const m of matchesOf(re, work)) {
      const name = m[1]!;
      const s = m.index;
      const e = s + name.length;
      const words = name.split(/\s+/).filter((w) => w !== 'The' && w !== 'news');
      if (!words.length || !words.every(outletWord) || isKnownPlace(name)) continue;
      // (A lone common word or a body's generic head is no outlet: "The Ministry reported".)
      if (words.length === 1 && !/^The\s|\snews$/.test(name) && isCommonWord(words[0]!)) continue;
      if (ORG_HEADS.has(words[words.length - 1]!.toLowerCase())) continue;
      if (b.mentions.some((x) => x.start < e && x.end > s)) continue;
      b.mention(b.get('Organization', name, 'entities/reporting-outlets:credit'), s, e);
    }
  }
}
