/**
 * Finding an asset by name or id as an operator types it: without caring for case or Serbian
 * diacritics ("sav" finds "Šavnik", "crpna" finds "Crpna"), and in Cyrillic too. Best matches
 * first: the id itself, then names that start with the words typed, then names that contain them.
 */
import type { AssetId, AssetInfo } from "../../contract/api";

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ж: "z", з: "z", и: "i", ј: "j", к: "k", л: "l", љ: "lj", м: "m",
  н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ћ: "c", у: "u", ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s",
};

/** Lower case, Latin, without diacritics; đ reads as dj, as Serbian spells it without the letter. */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_TO_LATIN[c] ?? c)
    .replace(/đ/g, "dj")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

export interface SearchableAsset {
  id: AssetId;
  name: string;
  /** Folded name and id, made once per model, not per keystroke. */
  folded: string;
  foldedId: string;
}

export function searchable(assets: readonly AssetInfo[]): SearchableAsset[] {
  return assets.map((a) => ({ id: a.id, name: a.name, folded: foldForSearch(a.name), foldedId: foldForSearch(a.id) }));
}

/** Lower is better; null: no match. Every word typed must appear in the name or the id. */
function score(a: SearchableAsset, query: string, words: readonly string[]): number | null {
  if (a.foldedId === query) return 0;
  const haystack = `${a.folded} ${a.foldedId}`;
  if (!words.every((w) => haystack.includes(w))) return null;
  if (a.folded.startsWith(query) || a.foldedId.startsWith(query)) return 1;
  const nameWords = a.folded.split(/[\s\-–—.,/()]+/);
  if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) return 2;
  return 3;
}

export function searchAssets(index: readonly SearchableAsset[], query: string, limit: number): SearchableAsset[] {
  const q = foldForSearch(query.trim());
  if (!q) return [];
  const words = q.split(/\s+/).filter(Boolean);
  const hits: { a: SearchableAsset; s: number }[] = [];
  for (const a of index) {
    const s = score(a, q, words);
    if (s !== null) hits.push({ a, s });
  }
  hits.sort((x, y) => x.s - y.s || x.a.folded.localeCompare(y.a.folded) || x.a.foldedId.localeCompare(y.a.foldedId));
  return hits.slice(0, limit).map((h) => h.a);
}
