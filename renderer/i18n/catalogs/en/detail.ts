/** Texts of the detail area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enDetail = {} as const;
