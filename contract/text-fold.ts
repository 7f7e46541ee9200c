/**
 * How text is folded for search, the same in the core (history search, the journal's `search`
 * column, tag-list headers) and in windows (the alarm list's filter): lower case, Serbian
 * Cyrillic read as Latin, đ → dj, every other diacritic stripped (č, ć → c, š → s, ž → z,
 * dž → dz). So "ciscenje", "čišćenje" and "чишћење" find the same rows everywhere.
 */

const CYRILLIC: Readonly<Record<string, string>> = {
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

/** The folded words of a query; a text matches when it holds every one of them. */
export function queryWords(text: string): string[] {
  return foldText(text).split(" ").filter(Boolean);
}
