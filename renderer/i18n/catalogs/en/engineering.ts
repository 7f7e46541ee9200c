/** Texts of the engineering area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enEngineering = {} as const;
