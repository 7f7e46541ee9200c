/**
 * The languages a window can speak, which Intl locale each one formats with, and how a
 * workstation remembers its choice. The site config names the default (Serbian Latin for Niš).
 */
import { LANGUAGES, type Language } from "../../contract/api";

export { LANGUAGES, type Language };

export const DEFAULT_LANGUAGE: Language = "sr-Latn";

/** Region-qualified, so dates and numbers follow Serbian (or British) conventions, not a guess. */
export const INTL_LOCALE: Record<Language, string> = {
  "sr-Latn": "sr-Latn-RS",
  "sr-Cyrl": "sr-Cyrl-RS",
  en: "en-GB",
};

/**
 * Each language named in itself, as language pickers do: a person who cannot read the current
 * language must still find their own. Deliberately not in the catalogues.
 */
export const LANGUAGE_SELF_NAME: Record<Language, { short: string; long: string }> = {
  "sr-Latn": { short: "Lat", long: "Srpski (latinica)" },
  "sr-Cyrl": { short: "Ћир", long: "Српски (ћирилица)" },
  en: { short: "EN", long: "English" },
};

export const LANGUAGE_STORAGE_KEY = "ccr.language";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The workstation's own choice wins over the site default; anything unreadable is ignored. */
export function pickLanguage(stored: unknown, siteDefault: unknown): Language {
  if (isLanguage(stored)) return stored;
  if (isLanguage(siteDefault)) return siteDefault;
  return DEFAULT_LANGUAGE;
}
