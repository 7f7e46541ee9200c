import type { Catalog } from "../catalog";

export const srLatnAssets = {
  values: {
    aria: "Vrednosti objekta",
    asset: "Objekat",
    service: "Služba",
    type: "Tip",
    district: "Opština",
    noAssetTitle: "Nijedan objekat nije izabran",
    noAssetText: "Izaberite objekat na mapi ili alarm na listi.",
    noTagsTitle: "Nema signala",
    noTagsText: "Ovaj objekat ne šalje trenutne vrednosti.",
    stale: "ZASTARELO",
    staleTitle: "Nema žive veze: ovo je poslednja poznata vrednost",
    rangeTitle: "Opseg {{low}} – {{high}} {{unit}}",
    on: "Uključeno",
    off: "Isključeno",
    column: {
      tag: "Signal",
      value: "Vrednost",
      quality: "Kvalitet",
      age: "Starost",
    },
    quality: {
      good: "Dobar",
      uncertain: "Nesiguran",
      bad: "Loš",
    },
  },
  assetAlarms: {
    title: "Alarmi ovog objekta",
    more_one: "…i još {{count}} na listi alarma",
    more_few: "…i još {{count}} na listi alarma",
    more_other: "…i još {{count}} na listi alarma",
  },
  service: {
    water: "Vodovod i kanalizacija",
    heating: "Daljinsko grejanje",
    waste: "Odvoz otpada",
    parking: "Parkiranje",
    lighting: "Javno osvetljenje",
    traffic: "Semafori",
    air: "Kvalitet vazduha",
  },
  map: {
    legend: "Legenda mape",
    normal: "Normalno",
    stale: "Bez veze",
    pulsing: "treperi: nepotvrđen",
    zoomIn: "Uvećaj",
    zoomOut: "Umanji",
  },
} as const satisfies Catalog;
