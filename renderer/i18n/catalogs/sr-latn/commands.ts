/** Komande: spisak komandi objekta, dijalog potvrde, odgovori servera. */
import type { Catalog } from "../catalog";

export const srLatnCommands = {
  commands: {
    title: "Komande",
    offlineNote: "Server nije povezan: komande se nikad ne stavljaju u red, pa nijedna ne može da se pošalje dok se ne vrati.",
    signInNote: "Prijavite se da biste slali komande.",
    resetButton: "Resetuj",
    nothingToReset: "Sada nema kvara za resetovanje",
    setButton: "Postavi…",
    dialogTitle: "Potvrdite komandu",
    current: "Sada",
    new: "Novo",
    notQueued: "Šalje se serveru odmah, pod vašim imenom, i beleži u revizijski trag; nikad se ne stavlja u red.",
    confirm: "Potvrdi",
    set: "Postavi {{tag}} na {{value}}",
    reset: "Resetuj {{tag}}",
    done: "{{action}} — {{asset}}: {{status}}",
    refused: "Server nije izvršio komandu: {{status}}",
    refusedTitle: "Komanda nije izvršena",
    offline: "Server nije povezan, a komanda se nikad ne stavlja u red: nije poslata",
    forbidden: "Ovde ne smete da šaljete komande",
    status: {
      named: "{{words}} ({{code}})",
      other: "server je odgovorio {{code}}",
      none: "server nije dostignut",
      Good: "server je prihvatio",
      BadUserAccessDenied: "server ne dozvoljava ovom korisniku upis",
      BadTypeMismatch: "vrednost je pogrešnog tipa za ovaj signal",
      BadNotWritable: "u ovaj signal ne može da se upisuje",
      BadOutOfRange: "signal ne prima tu vrednost",
      BadNodeIdUnknown: "server ne poznaje ovaj signal",
      BadWriteNotSupported: "server ne podržava upis u ovaj signal",
      BadTimeout: "server nije odgovorio na vreme",
      BadSessionClosed: "veza sa serverom je zatvorena",
    },
  },
} as const satisfies Catalog;
