// An entity's aliases as shown: each once, variants in case, spacing or apostrophe merged (the first
// spelling kept), and none that only repeats the name.
const fold = (s: string) =>
  s.normalize('NFKC').toLocaleLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const alias of aliases) {
    const key = fold(alias);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(alias.trim());
  }
  return out;
}
