import type { Catalog } from "../catalog";

export const srLatnPanel = {} as const satisfies Catalog;
