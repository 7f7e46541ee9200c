import type { Catalog } from "../catalog";

export const srLatnEngineering = {} as const satisfies Catalog;
