import type { Catalog } from "../catalog";

export const srLatnKpi = {} as const satisfies Catalog;
