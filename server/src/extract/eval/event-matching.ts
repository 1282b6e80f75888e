// One-to-one matching of extracted to gold events (score.ts): the largest matching the criterion allows
// (augmenting paths, Kuhn's algorithm), not the first fit in order, so that an event matched by a shared
// date and participant never takes a gold event another extracted event matches by its evidence while its
// own gold event goes unmatched. Pure; `fits(e, g)` is the criterion, tried in order (first fits first).

/** For each extracted index, the gold index it is matched to (or -1). */
export function matchEvents(
  nExtracted: number,
  nGold: number,
  fits: (e: number, g: number) => boolean,
): number[] {
  const options = Array.from({ length: nExtracted }, (_, e) =>
    Array.from({ length: nGold }, (_, g) => g).filter((g) => fits(e, g)),
  );
  const goldTo = new Array<number>(nGold).fill(-1);
  const take = (e: number, seen: Set<number>): boolean => {
    for (const g of options[e]!) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (goldTo[g] === -1 || take(goldTo[g]!, seen)) {
        goldTo[g] = e;
        return true;
      }
    }
    return false;
  };
  for (let e = 0; e < nExtracted; e++) take(e, new Set());
  const of = new Array<number>(nExtracted).fill(-1);
  goldTo.forEach((e, g) => {
    if (e >= 0) of[e] = g;
  });
  return of;
}
