import type { Catalog } from "../catalog";

export const srLatnConnections = {} as const satisfies Catalog;
