import type { Catalog } from "../catalog";

export const srLatnLayout = {
  layout: {
    role: {
      operator: "Operaterski prozor",
      overview: "Pregled grada",
      map: "Karta grada",
      alarms: "Panel alarma",
      trends: "Trendovi",
      detail: "Detalji objekta",
      kpis: "KPI alarma",
      connections: "Veze",
    },
    barAria: "Prozor: {{role}}",
    detailEmpty: "Izaberite objekat na karti ili alarm u bilo kom prozoru: ovde se otvaraju njegove vrednosti i alarmi.",
    menu: {
      title: "Prozori ove radne stanice",
      openRole: "Otvori {{role}} u novom prozoru",
      blocked: "Pregledač nije otvorio prozor (blokirani iskačući prozori?). Dozvolite iskačuće prozore za ovu adresu ili ga otvorite sa spiska.",
      saveList: "Sačuvaj spisak prozora u datoteku",
      loadList: "Otvori prozore sa sačuvanog spiska…",
      listLoaded_one: "Spisak sadrži {{count}} prozor: otvorite ga ispod.",
      listLoaded_few: "Spisak sadrži {{count}} prozora: otvorite svaki ispod.",
      listLoaded_other: "Spisak sadrži {{count}} prozora: otvorite svaki ispod.",
      listRefused: "Ova datoteka nije spisak prozora: {{reason}}",
      saveLayout: "Sačuvaj ovaj raspored u datoteku…",
      loadLayout: "Učitaj raspored iz datoteke…",
      layoutSaved: "Raspored je sačuvan u {{file}}",
      layoutLoaded_one: "Raspored je učitan iz {{file}}: {{count}} prozor.",
      layoutLoaded_few: "Raspored je učitan iz {{file}}: {{count}} prozora.",
      layoutLoaded_other: "Raspored je učitan iz {{file}}: {{count}} prozora.",
      layoutRefused: "Raspored nije učitan: {{reason}}",
      layoutFailed: "Raspored nije mogao da se sačuva ili učita: {{message}}",
    },
  },
} as const satisfies Catalog;
