import type { Catalog } from "../catalog";

export const srLatnBanner = {
  banner: {
    aria: "Traka alarma",
    calm: "Nema nepotvrđenih alarma",
    showAlarm: "Prikaži ovaj alarm: {{source}}",
    unackedFor: "Nepotvrđen već {{age}}",
    countsCaption: "Nepotv.",
    countTitle: "{{priority}}: nepotvrđenih {{count}}",
    horn: {
      silence: "Utišaj sirenu",
      silenced: "Sirena utišana",
      quiet: "Sirena miruje",
      off: "Sirena isključena",
      soundingTitle: "Sirena se oglašava: novi alarm ({{priority}})",
      silencedTitle: "Utišana: noviji alarm je ponovo uključuje",
      offTitle: "Sirena je isključena na ovom prozoru (meni trake alarma)",
      blocked: "Zvuk je isključen dok ne kliknete u ovom prozoru",
    },
    menu: {
      open: "Sirena i obaveštenja",
      hornOn: "Sirena na ovom prozoru",
      soundLow: "Sirena i za alarme niskog prioriteta",
      notifyAsk: "Uključi obaveštenja na radnoj površini",
      notifyOn: "Obaveštenja na radnoj površini su uključena",
      notifyDenied: "Pregledač ili aplikacija blokira obaveštenja na radnoj površini",
    },
    flood: {
      title_one: "Lavina alarma: {{n}} alarm za 10 min",
      title_few: "Lavina alarma: {{n}} alarma za 10 min",
      title_other: "Lavina alarma: {{n}} alarma za 10 min",
      hint: "Grupišite listu alarma po objektu ili službi da biste videli šta ide zajedno.",
    },
    notify: {
      oneTitle: "{{priority}} alarm: {{source}}",
      summaryTitle_one: "{{count}} novi alarm",
      summaryTitle_few: "{{count}} nova alarma",
      summaryTitle_other: "{{count}} novih alarma",
      summaryBody: "Najhitniji: {{priority}}, {{source}}: {{message}}",
    },
  },
} as const satisfies Catalog;
