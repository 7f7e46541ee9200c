/**
 * The window's language: remembered per workstation (localStorage), so every window on this
 * PC opens in the language last chosen, and a switch in one window is followed by the others.
 */
import type { i18n as I18n } from "i18next";
import { createI18n } from "./i18n";
import { isLanguage, LANGUAGE_STORAGE_KEY, pickLanguage, type Language } from "./languages";

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null; // storage disabled: the site default is still right
  }
}

function applyToDocument(language: Language, i18n: I18n): void {
  document.documentElement.lang = language;
  document.title = i18n.t("app.name");
}

export const i18n: I18n = createI18n(pickLanguage(readStored(), null));
applyToDocument(i18n.language as Language, i18n);
i18n.on("languageChanged", (lng) => {
  if (isLanguage(lng)) applyToDocument(lng, i18n);
});

window.addEventListener("storage", (e) => {
  if (e.key === LANGUAGE_STORAGE_KEY && isLanguage(e.newValue) && e.newValue !== i18n.language) void i18n.changeLanguage(e.newValue);
});

/** The site's default applies until this workstation has chosen. */
export function applySiteLanguage(siteDefault: Language): void {
  const next = pickLanguage(readStored(), siteDefault);
  if (next !== i18n.language) void i18n.changeLanguage(next);
}

export function chooseLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but this window still switches.
  }
  void i18n.changeLanguage(language);
}
