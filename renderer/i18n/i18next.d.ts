// Typed keys: an unknown key given to t() is a compile error; the English catalogue defines the key set.
import "i18next";
import type { en } from "./catalogs/en";

declare module "i18next" {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
  }
}
