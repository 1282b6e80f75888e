// A body named again by its own head noun: "the cabinet" after "Morocco's Royal Cabinet", "the tribunal"
// after "the International Tribunal for the Law of the Sea", "the federal chancellery" after "the Federal
// Chancellery", "the bank" after "the World Bank". The head is the last word of the body's name, or the word
// before its "of"/"for" ("Bank of England", "Tribunal for the Law of the Sea"); every lower-case word of the
// phrase must be a word of the name. For nouns outside the fixed kinds of BODY_KIND (speaker-phrases.ts),
// read after it; the body last named before the quotation, within a few paragraphs.
import type { Entity, Mention } from '../entities/index.js';
import { matchesOf } from '../regex-matches.js';

/** "the" and up to three lower-case words (the phrase is one of their prefixes; its last word the head). */
const DEFINITE = /^[Tt]he\s+(\p{Ll}+(?:\s+\p{Ll}+){0,2})/u;

/** Heads that name an outlet, a place or no body of their own ("the times", "the nations", "the world"). */
const NOT_A_HEAD =
  /^(?:news|times|post|press|media|international|watch|today|daily|journal|network|radio|herald|tribune|guardian|telegraph|mail|express|star|globe|standard|observer|independent|nation|nations|states|review|online|channel|world|people|community|monitor|record|gazette|courier|chronicle|insider|report|reports|statement|source|sources)$/;

/** How far back (characters) the body may be named. */
const REACH = 2500;

/** The head word of a body's name: its last word, or the word before its first "of"/"for". */
function headOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for)$/i.test(w));
  return (of > 0 ? words[of - 1] : words[words.length - 1])?.toLowerCase();
}

/** The body a definite phrase at the start of `rest` names by its head noun, and the phrase's length. */
export function bodyByOwnHead(
  rest: string,
  orgs: readonly Mention[],
  anchor: number,
  objectOfPrep: (m: Mention) => boolean,
): { entity: Entity; length: number } | undefined {
  const m = DEFINITE.exec(rest);
  if (!m) return undefined;
  // (Each word and where it ends in `rest`.)
  const all = matchesOf(/\p{Ll}+/gu, m[1]!).map((w) => ({
    word: w[0],
    end: m[0].length - m[1]!.length + w.index + w[0].length,
  }));
  for (let n = 1; n <= all.length; n++) {
    const words = all.slice(0, n).map((w) => w.word);
    const head = words[n - 1]!;
    const length = all[n - 1]!.end;
    // (A head is a whole word: not "the bank's", "the council-led".)
    const after = rest.charAt(length);
    if (head.length < 4 || NOT_A_HEAD.test(head) || /['’-]/.test(after)) continue;
    const fits = (x: Mention) =>
      x.end <= anchor &&
      anchor - x.end <= REACH &&
      [x.entity.name, ...(x.entity.aliases ?? [])].some((name) => {
        const own = new Set(name.toLowerCase().split(/\s+/));
        return headOf(name) === head && words.every((w) => own.has(w));
      });
    const before = orgs.filter(fits);
    const body = (before.filter((x) => !objectOfPrep(x)).pop() ?? before[before.length - 1])?.entity;
    if (body) return { entity: body, length };
  }
  return undefined;
}
