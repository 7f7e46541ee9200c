/** Texts of the panel area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enPanel = {} as const;
