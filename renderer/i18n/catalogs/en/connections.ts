/** Texts of the connections area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enConnections = {} as const;
