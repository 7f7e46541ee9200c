/**
 * The i18next instance of a window. Catalogues are bundled (a control room works offline), so
 * initialisation is synchronous and the first render is already in the right language.
 */
import i18next, { type i18n as I18n } from "i18next";
import { en } from "./catalogs/en";
import { srCyrl } from "./catalogs/sr-cyrl";
import { srLatn } from "./catalogs/sr-latn";
import { LANGUAGES, type Language } from "./languages";

export const CATALOGS = { "sr-Latn": srLatn, "sr-Cyrl": srCyrl, en } as const;

export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: {
      "sr-Latn": { translation: srLatn },
      "sr-Cyrl": { translation: srCyrl },
      en: { translation: en },
    },
    lng: language,
    supportedLngs: [...LANGUAGES],
    load: "currentOnly",
    // The catalogue test keeps every key in every catalogue; this is only a safety net.
    fallbackLng: { "sr-Cyrl": ["sr-Latn"], default: ["en"] },
    // React renders text nodes: escaping here would show "&amp;" in server names.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return instance;
}
