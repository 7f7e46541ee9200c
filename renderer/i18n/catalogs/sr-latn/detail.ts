import type { Catalog } from "../catalog";

export const srLatnDetail = {} as const satisfies Catalog;
