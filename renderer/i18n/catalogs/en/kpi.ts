/** Texts of the kpi area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
export const enKpi = {} as const;
