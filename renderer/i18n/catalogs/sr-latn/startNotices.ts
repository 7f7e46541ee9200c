import type { Catalog } from "../catalog";

export const srLatnStartNotices = {
  startNotice: {
    "store-empty":
      "Lokalna baza {{file}} bila je prazna (0 bajtova: skraćena ili nikad upisana); sačuvana je kao {{aside}} i napravljena je nova prazna baza. Keširane vrednosti, dnevnik alarma i radnje u redu od ranije izgubljeni su, osim ako postoji rezervna kopija.",
    "store-unreadable":
      "Lokalna baza {{file}} nije mogla da se otvori ({{reason}}); premeštena je u {{aside}} i napravljena je nova prazna baza. Keširane vrednosti i radnje u redu od ranije nalaze se u premeštenoj datoteci.",
    rowsAlarmJournal:
      "Redovi dnevnika alarma koji nisu mogli da se pročitaju (oštećeni podaci): {{n}}. Premešteni su u tabelu set_aside iste datoteke sa izvornim tekstom, a pokretanje je nastavljeno bez njih.",
    rowsLastValue:
      "Redovi poslednjih vrednosti koji nisu mogli da se pročitaju (oštećeni podaci): {{n}}. Premešteni su u tabelu set_aside iste datoteke sa izvornim tekstom, a pokretanje je nastavljeno bez njih.",
    "audit-guards-restored":
      "Lokalna baza {{file}} izgubila je zaštitu od menjanja i brisanja revizijskih zapisa ({{triggers}}: uklonjeno mimo aplikacije); zaštita je vraćena. Proverite lanac u prikazu Revizija.",
    "audit-broken": "Revizijski trag lokalne baze {{file}} prekinut je kod zapisa br. {{seq}}: {{problem}} Otvorite prikaz Revizija za pojedinosti; datoteku ostavite kakva jeste.",
  },
} as const satisfies Catalog;
