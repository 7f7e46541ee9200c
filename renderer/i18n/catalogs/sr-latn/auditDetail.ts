import type { Catalog } from "../catalog";

export const srLatnAuditDetail = {
  auditDetail: {
    retry: "Ponovni pokušaj radnje br. {{id}}: {{detail}}",
    unknownValue: "(nepoznato)",
    "signed-in": {
      online: "Prijava (proverio server)",
      offline: "Prijava van mreže (provereno na ovoj radnoj stanici)",
      site: "Prijava kao korisnik lokacije",
    },
    "signed-out": "Odjava",
    "signed-out-refused": "Odjava: server više ne prihvata ovog korisnika ({{reason}})",
    note: "Beleška uz „{{target}}“: {{text}}",
    notePhoto: "Beleška sa fotografijom uz „{{target}}“: {{text}}",
    discarded: "Odbačena radnja br. {{id}} ({{kind}}, {{target}}): {{reason}}",
    "model-asset-saved": "Projektovani objekat „{{name}}“ sačuvan kao verzija modela {{version}}: {{summary}}",
    "model-asset-deleted": "Projektovani objekat „{{name}}“ obrisan kao verzija modela {{version}}: {{summary}}",
    "tag-list-imported":
      "Spisak signala uvezen na „{{endpoint}}“: objekata {{assets}}, signala {{tags}} (novih {{created}}, izmenjenih {{changed}}, neizmenjenih {{unchanged}}); verzije modela {{from}}–{{to}}",
    "tag-list-imported-unchanged": "Spisak signala uvezen na „{{endpoint}}“: objekata {{assets}}, signala {{tags}}, sve bez izmena; model nije menjan",
    "tag-list-stopped": "Uvoz spiska signala zaustavljen u redu {{line}}: objekti pre njega su sačuvani (verzije modela {{from}}–{{to}})",
    "tag-list-stopped-none": "Uvoz spiska signala zaustavljen u redu {{line}}: ništa nije sačuvano",
    "keep-password": {
      "safe-storage": "Čuvanje lozinke stanice za korisnika „{{user}}“ i krajnju tačku „{{endpoint}}“ na ovoj radnoj stanici, šifrovano u desktop aplikaciji",
      "key-file": "Čuvanje lozinke stanice za korisnika „{{user}}“ i krajnju tačku „{{endpoint}}“ na ovoj radnoj stanici, u datoteci ključa koju čita samo njen vlasnik",
    },
    "handover-note": "Potpisana primopredajna beleška smene {{from}}–{{to}}: {{text}}",
    "trust-certificate":
      "Ukazano poverenje sertifikatu servera „{{subject}}“ za krajnju tačku „{{endpoint}}“ (otisak {{thumbprint}}, izdavalac {{issuer}}, važi od {{validFrom}} do {{validTo}})",
    "reject-certificate": "Odbijen sertifikat servera „{{subject}}“ (otisak {{thumbprint}}, izdavalac {{issuer}}, važi od {{validFrom}} do {{validTo}})",
    "renew-certificate": "Obnovljen sertifikat radne stanice „{{subject}}“; serveri moraju da ukažu poverenje novom",
    "renew-certificate-previous": "Obnovljen sertifikat radne stanice „{{subject}}“ (stari, otisak {{previous}}, sklonjen je); serveri moraju da ukažu poverenje novom",
    command: "Komanda „{{target}}“: {{previous}} → {{value}}",
    acknowledge: "Potvrđen prijem „{{target}}“",
    "acknowledge-comment": "Potvrđen prijem „{{target}}“ — {{comment}}",
    confirm: "Overen „{{target}}“",
    "confirm-comment": "Overen „{{target}}“ — {{comment}}",
    comment: "Komentar uz „{{target}}“: {{comment}}",
    "shelve-timed": "Odložen „{{target}}“ na {{minutes}} min — {{reason}}",
    "shelve-one-shot": "Odložen „{{target}}“ dok se ne vrati u normalu — {{reason}}",
    unshelve: "Vraćen iz odlaganja „{{target}}“",
    enable: "Vraćen u upotrebu „{{target}}“ — {{comment}}",
    disable: "Stavljen van upotrebe „{{target}}“ — {{comment}}",
  },
} as const satisfies Catalog;
