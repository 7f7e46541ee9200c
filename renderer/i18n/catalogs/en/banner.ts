/** Texts of the banner area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enBanner = {} as const;
