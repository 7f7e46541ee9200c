/** Texts of the trends area; the three catalogues keep the same keys (renderer-i18n-catalogs test). */
import type { Catalog } from "../catalog";

export const srLatnTrends = {
  trends: {
    title: "Trendovi",
    presetsAria: "Vremenski opseg",
    preset: {
      "15m": "15 min",
      "1h": "1 h",
      "8h": "Smena 8 h",
      "24h": "24 h",
      "7d": "7 dana",
    },
    earlier: "Ranije",
    later: "Kasnije",
    live: "Uživo · {{span}}",
    range: "{{from}} – {{to}}",
    fromServer_one: "{{count}} tačka pročitana iz istorije servera",
    fromServer_few: "{{count}} tačke pročitane iz istorije servera",
    fromServer_other: "{{count}} tačaka pročitano iz istorije servera",
    searchPlaceholder: "Nađite objekat da dodate njegove signale…",
    noAsset: "Nijedan objekat sa signalima ne odgovara.",
    full: "Najviše {{max}} pera na jednom grafiku: uklonite jedno da dodate drugo.",
    remove: "Ukloni {{pen}}",
    emptyTitle: "Još nema pera",
    emptyText: "Nađite objekat levo i označite signale za crtanje, ili otvorite trend iz vrednosti objekta.",
    failed: "Istorija nije pročitana: {{message}}",
    chartAria: "Trend: {{pens}}",
    hint: "Prevucite preko grafika da uvećate vreme, dvoklik za umanjenje. Osenčeno: granice alarma (žuto visoko / nisko, crveno vrlo visoko / vrlo nisko).",
    openFromAsset: "Trend",
    openFromAssetTitle: "Prikaži vrednosti ovog objekta kao trend",
  },
} as const satisfies Catalog;
