/** Texts of the history area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enHistory = {} as const;
