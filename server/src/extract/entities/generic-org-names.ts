// Capitalised phrases that end in an organisation's head word yet name no one body: a title and its field
// ("Minister of Information and Broadcasting Services"), a service or a board of any state or company
// ("Air Force deputy commanders", "Chairman of the Board of Directors of Bank Rossiya"). With a state or a
// name before them they are one ("Royal Canadian Air Force", "Nigerian Air Force", "Board of Investment").
import type { Token } from '../text.js';
import { isTitle } from './chunking.js';

/** Lower-cased, space-normalised phrases that alone name no organisation. */
const GENERIC_ORG_NAMES =
  /^(?:the\s+)?(?:air force|space force|task force|guard of hono(?:u)?r|hono(?:u)?r guard|board of (?:directors|trustees|governors|management))$/;

/** Whether a chunk ending in a head word (or "X of …") names no organisation: a title's field, a generic body. */
export function headNamesNone(c: readonly Token[], key: string): boolean {
  return (isTitle(c[0]!.text) && /^(?:of|for|on)$/.test(c[1]?.text ?? '')) || GENERIC_ORG_NAMES.test(key);
}
