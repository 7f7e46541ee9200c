/** Service keys from the site config as operators say them. Unknown keys show as given. */
import type { TFunction } from "i18next";
import { tk, type Key } from "../i18n/keys";

const NAMES: Record<string, Key> = {
  water: tk("service.water"),
  heating: tk("service.heating"),
  waste: tk("service.waste"),
  parking: tk("service.parking"),
  lighting: tk("service.lighting"),
  traffic: tk("service.traffic"),
  air: tk("service.air"),
};

export function serviceName(key: string, t: TFunction): string {
  const name = Object.hasOwn(NAMES, key) ? NAMES[key] : undefined;
  return name ? t(name) : key;
}
