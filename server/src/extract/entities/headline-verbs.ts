// A line in Title Case (a headline, a sub-heading, a related story's title) capitalises its verb, so the
// chunker runs the subject and the object into one name: "Tajik Ministry of Foreign Affairs Calls Kyrgyz
// Ambassador X" became one body, "Presidents Maduro and Petro Meet for Talks" a person "Petro Meet". On
// such a line a verb of a headline's kind (meeting, summoning, saying, expelling …) is no name's word: the
// chunk is cut there and the verb left out. Only on a line whose words are in Title Case, so a body named
// with such a word in running text keeps it; nouns that name bodies ("Sanctions Committee", "Talks",
// "Orders"), "Met" ("Met Office") and "Said" (a first name) are not in the list.
import type { Token } from '../text.js';

/** Verbs a headline puts between its subject and its object, in the forms headlines use. */
const HEADLINE_VERBS = new Set(
  (
    'Meet Meets Hosts Hosted Receives Received Visits Visited Holds Held Tells Told Says Signs Signed ' +
    'Discuss Discusses Discussed Calls Called Urges Urged Thanks Congratulates Greets Invites Invited ' +
    'Expel Expels Expelled Recall Recalls Recalled Summon Summons Summoned Condemn Condemns Condemned ' +
    'Slams Slammed Warns Warned Rejects Rejected Accuses Accused Asks Asked Appoints Appointed Sends Sent ' +
    'Lodges Lodged Imposes Imposed Bans Banned Suspends Suspended Withdraws Declares Declared Denies Denied ' +
    'Welcomes Welcomed Demands Demanded Blasts Criticizes Criticises Criticized Criticised Pledge Pledges ' +
    'Vow Vows Agree Agrees Agreed Seek Seeks Phones Dials Praises Praised Backs Hails Hailed Thanked'
  ).split(' '),
);

/** Short words a Title Case line may leave in lower case ("Meet for Talks in Caracas"). */
const MINOR =
  /^(?:a|an|the|and|or|but|nor|of|for|on|in|at|to|by|as|with|from|over|into|amid|after|about|vs)$/;

/**
 * Whether the line is in Title Case: at least three words of three letters or more, other than the minor
 * ones, and none of them (or one in six) in lower case; no full stop at its end.
 */
function titleCaseLine(line: string): boolean {
  // (A paragraph dense with names is no headline: it ends with a full stop.)
  if (/[.;:,]['"’”]?\s*$/.test(line)) return false;
  const words = (line.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !MINOR.test(w.toLowerCase()));
  const long = words.filter((w) => w.length >= 3);
  if (long.length < 3 || words.length > 24) return false;
  const lower = long.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower * 6 <= long.length;
}

/** The chunk cut at the headline verbs in it, when its line is in Title Case (the verbs left out). */
export function splitAtHeadlineVerbs(c: Token[], work: string, titleCase: Map<number, boolean>): Token[][] {
  if (!c.some((t) => HEADLINE_VERBS.has(t.text))) return [c];
  const from = work.lastIndexOf('\n', c[0]!.start) + 1;
  let ok = titleCase.get(from);
  if (ok === undefined) {
    const to = work.indexOf('\n', from);
    ok = titleCaseLine(work.slice(from, to < 0 ? work.length : to));
    titleCase.set(from, ok);
  }
  if (!ok) return [c];
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of c) {
    if (!HEADLINE_VERBS.has(t.text)) {
      cur.push(t);
      continue;
    }
    if (cur.length) out.push(cur);
    cur = [];
  }
  if (cur.length) out.push(cur);
  // (A connector left at either edge of a part is no name's: "Ministry of | Calls".)
  return out
    .map((p) => {
      while (p.length && /^(?:of|for|on|and)$/.test(p[p.length - 1]!.text)) p = p.slice(0, -1);
      while (p.length && /^(?:of|for|on|and)$/.test(p[0]!.text)) p = p.slice(1);
      return p;
    })
    .filter((p) => p.length);
}
