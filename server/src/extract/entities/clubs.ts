// Sports clubs by their shape, read before the words are taken for a place or a person: a club's letters
// before or after a name ("FC Barcelona", "AC Milan", "Bayern Munich FC"), a club's first word before a
// known place ("Real Madrid", "Atletico Madrid", "Olympique Lyon"), a known place before a club's last word
// ("Manchester United", "Blackburn Rovers"; "Leicester City" only where a match or a transfer is told, and
// no country's capital: "Mexico City", "Kuwait City" stay places), and the subject of signing a player ("Aston Villa signed Tom Jones": persons
// sign documents, only a club or a team signs a person).
import { isFirstName, isKnownPlace, lexTags } from '../lexicon.js';
import type { Token } from '../text.js';

/** A club's letters: "FC", "AFC", "CF", "AC", "SC", "SV", "FK", "CD". */
const CLUB_LETTERS = /^(?:FC|AFC|CF|AC|SC|SV|FK|CD)$/;
/** A club's first word before its town: "Real Madrid", "Sporting Lisbon", "Dynamo Kyiv". */
const CLUB_FIRST = /^(?:Real|Atletico|Atlético|Sporting|Olympique|Dynamo|Dinamo|Spartak|Lokomotiv|Borussia)$/;
/** A club's last word after its town: "Manchester United", "Bristol Rovers", "Tottenham Hotspur". */
const CLUB_LAST = /^(?:United|Rovers|Wanderers|Albion|Athletic|Hotspur|Rangers)$/;
/** A match or a transfer told near the name: a league, a player's position, a goal (a score alone may be a vote's). */
const SPORT_NEAR =
  /\b(?:league|match|fixture|stadium|striker|midfielder|defender|goalkeeper|scored|kick-off|penalty|relegat\w+|Premier League|La Liga|Serie A|Bundesliga|Ligue 1|Champions League)\b/i;
/** What a club does to a player: signs him ("signed Tom Jones", "has signed Kofi Mensah"). */
const SIGNED_PLAYER =
  /^\s+(?:(?:has|have|had)\s+)?(?:signed|re-signed)\s+(\p{Lu}[\p{L}-]+)\s+\p{Lu}[\p{L}-]+(?!['’]s)\b/u;

const titleCase = (t: Token) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text);

/** Whether the run c (maybe after "The") is a sports club's name, read from its words and the text near it. */
export function clubName(work: string, run: readonly Token[]): boolean {
  const c = run[0]?.text === 'The' ? run.slice(1) : run;
  if (c.length < 2) return false;
  const first = c[0]!;
  const last = c[c.length - 1]!;
  if (c.length <= 4 && (CLUB_LETTERS.test(first.text) || CLUB_LETTERS.test(last.text))) {
    const rest = CLUB_LETTERS.test(first.text) ? c.slice(1) : c.slice(0, -1);
    return rest.length > 0 && rest.every(titleCase);
  }
  if (c.length === 2 && CLUB_FIRST.test(first.text) && isKnownPlace(last.text)) return true;
  if (c.length === 2 && CLUB_LAST.test(last.text) && isKnownPlace(first.text)) return true;
  // (Every shape below has two words: longer runs stop here, before any text near them is read.)
  if (c.length !== 2) return false;
  if (
    last.text === 'City' &&
    isKnownPlace(first.text) &&
    !isKnownPlace(`${first.text} City`) &&
    !lexTags(first.text).includes('Country') &&
    SPORT_NEAR.test(work.slice(Math.max(0, first.start - 150), last.end + 150))
  )
    return true;
  // (A run named as the one signing a player: two title-case words, no known first name first.)
  if (!c.every(titleCase) || isFirstName(first.text)) return false;
  const signed = SIGNED_PLAYER.exec(work.slice(last.end, last.end + 60));
  return !!signed && isFirstName(signed[1]!);
}
