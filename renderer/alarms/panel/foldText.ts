/**
 * The panel's free-text search folds text as the core's history search does (main/core/store/
 * search-text.ts, which the renderer may not import): lower case, Serbian Cyrillic read as Latin,
 * đ → dj, other diacritics stripped. So "ciscenje", "čišćenje" and "чишћење" find the same rows,
 * and a word typed here finds what it finds in the history screen. A unit test holds the two equal.
 */

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", ђ: "dj", е: "e", ж: "z", з: "z", и: "i", ј: "j", к: "k",
  л: "l", љ: "lj", м: "m", н: "n", њ: "nj", о: "o", п: "p", р: "r", с: "s", т: "t", ћ: "c", у: "u",
  ф: "f", х: "h", ц: "c", ч: "c", џ: "dz", ш: "s",
};

/** Lower case, Latin, no diacritics, đ as dj, runs of white space as one space. */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) out += CYRILLIC[ch] ?? (ch === "đ" ? "dj" : ch);
  return out.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim();
}

/** The folded words of a query; a row matches when it holds every one of them. */
export function queryWords(text: string): string[] {
  return foldText(text).split(" ").filter(Boolean);
}
