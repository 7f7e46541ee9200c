import type { Catalog } from "../catalog";

export const srLatnBanner = {} as const satisfies Catalog;
