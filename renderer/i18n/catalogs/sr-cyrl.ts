/**
 * Српски, ћирилица: generated from the Latin catalogue, so the two never drift. Only texts the
 * transliteration rules get wrong are written here by hand, keyed like the catalogue.
 */
import { latinToCyrillic } from "../transliterate";
import { mapCatalog, type Catalog } from "./catalog";
import { srLatn } from "./sr-latn";

/** Hand-written Cyrillic where the Latin text is not simply transliterated. */
export const CYRILLIC_OVERRIDES: Readonly<Record<string, string>> = {
  // Latin "h" for hours is international; Cyrillic texts write "ч" (час).
  "age.hours": "{{h}} ч {{m}} мин",
};

export const srCyrl: Catalog = mapCatalog(srLatn, (text, key) => CYRILLIC_OVERRIDES[key] ?? latinToCyrillic(text));
