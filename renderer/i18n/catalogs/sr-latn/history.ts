import type { Catalog } from "../catalog";

export const srLatnHistory = {} as const satisfies Catalog;
