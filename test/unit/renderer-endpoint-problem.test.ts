/**
 * What is wrong with an endpoint, in the window's language: one catalogue sentence per kind of
 * `EndpointStatus.problem`, with its parameters (user, certificate thumbprint, subject, validity
 * in the site's time zone); the core's English sentence stays as the detail of the tooltip.
 */
import { describe, expect, it } from "vitest";
import { endpointId, type EndpointProblem, type EndpointProblemKind, type EndpointStatus } from "../../contract/api";
import { connectionTitle, describeEndpointProblem } from "../../renderer/i18n/endpointProblem";
import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import type { Language } from "../../renderer/i18n/languages";

const ZONE = "Europe/Belgrade";
const THUMBPRINT = "5023ab32adf4490898f0c24731ba037cf9085387";
const SUBJECT = "CN=Niš field network simulator, O=Grad Niš";
// 23:30 UTC on 15 January is 00:30 on the 16th in Niš (CET); 10:00 UTC on 1 July is 12:00 (CEST).
const VALID_FROM = "2026-01-15T23:30:00.000Z";
const VALID_TO = "2036-07-01T10:00:00.000Z";

const CERTIFICATE = { thumbprint: THUMBPRINT, subject: SUBJECT, validFrom: VALID_FROM, validTo: VALID_TO };

/** Every kind, and the variants a missing parameter makes. */
const PROBLEMS = {
  "user-refused": { kind: "user-refused", user: "supervisor" },
  "user-refused (anonymous)": { kind: "user-refused", user: null },
  "certificate-untrusted": { kind: "certificate-untrusted", certificate: CERTIFICATE },
  "certificate-untrusted (unreadable)": { kind: "certificate-untrusted", certificate: null },
  unreachable: { kind: "unreachable" },
  "connection-lost": { kind: "connection-lost" },
  "session-closed": { kind: "session-closed" },
  "security-mismatch": { kind: "security-mismatch" },
  "other (code)": { kind: "other", code: "BadTooManySessions" },
  other: { kind: "other", code: null },
} as const satisfies Record<string, EndpointProblem>;

// A new kind in the contract without a case here does not compile.
const KINDS_COVERED: Record<EndpointProblemKind, true> = Object.fromEntries(Object.values(PROBLEMS).map((p) => [p.kind, true])) as Record<EndpointProblemKind, true>;

function setup(language: Language, timeZone = ZONE) {
  const t = createI18n(language).t;
  const formats = createFormats(language, timeZone, t);
  return { t, formats, from: formats.dateTime(Date.parse(VALID_FROM)), to: formats.dateTime(Date.parse(VALID_TO)) };
}

type Expected = Record<keyof typeof PROBLEMS, string>;

function expected(language: Language): Expected {
  const { from, to } = setup(language);
  switch (language) {
    case "sr-Latn":
      return {
        "user-refused": "Server je odbio korisnika „supervisor“: pogrešno korisničko ime ili lozinka, ili korisnik nema pristup ovom serveru.",
        "user-refused (anonymous)": "Server je odbio anonimni pristup (bez korisničkog imena).",
        "certificate-untrusted": `Sertifikat servera nije među pouzdanim, pa veza nije uspostavljena. Otisak: ${THUMBPRINT}; subjekat: ${SUBJECT}; važi od ${from} do ${to}. Čeka da ga ovlašćena osoba proveri i prihvati.`,
        "certificate-untrusted (unreadable)": "Sertifikat servera nije među pouzdanim, pa veza nije uspostavljena. Sertifikat nije mogao da se pročita.",
        unreachable: "Server nije dostupan: veza je odbijena, vreme za povezivanje je isteklo ili adresa ne postoji.",
        "connection-lost": "Veza sa serverom je izgubljena; ponovno povezivanje je u toku.",
        "session-closed": "Server je zatvorio sesiju; sledi novi pokušaj povezivanja.",
        "security-mismatch": "Server ne nudi vezu sa podešenim bezbednosnim režimom i politikom; proverite podešavanja ove veze.",
        "other (code)": "Greška u vezi sa serverom (status BadTooManySessions).",
        other: "Greška u vezi sa serverom.",
      };
    case "sr-Cyrl":
      return {
        "user-refused": "Сервер је одбио корисника „supervisor“: погрешно корисничко име или лозинка, или корисник нема приступ овом серверу.",
        "user-refused (anonymous)": "Сервер је одбио анонимни приступ (без корисничког имена).",
        "certificate-untrusted": `Сертификат сервера није међу поузданим, па веза није успостављена. Отисак: ${THUMBPRINT}; субјекат: ${SUBJECT}; важи од ${from} до ${to}. Чека да га овлашћена особа провери и прихвати.`,
        "certificate-untrusted (unreadable)": "Сертификат сервера није међу поузданим, па веза није успостављена. Сертификат није могао да се прочита.",
        unreachable: "Сервер није доступан: веза је одбијена, време за повезивање је истекло или адреса не постоји.",
        "connection-lost": "Веза са сервером је изгубљена; поновно повезивање је у току.",
        "session-closed": "Сервер је затворио сесију; следи нови покушај повезивања.",
        "security-mismatch": "Сервер не нуди везу са подешеним безбедносним режимом и политиком; проверите подешавања ове везе.",
        "other (code)": "Грешка у вези са сервером (статус BadTooManySessions).",
        other: "Грешка у вези са сервером.",
      };
    case "en":
      return {
        "user-refused": "The server refused user “supervisor”: wrong user name or password, or the user is not allowed on this server.",
        "user-refused (anonymous)": "The server refused anonymous access (no user name).",
        "certificate-untrusted": `The server's certificate is not trusted, so no connection was made. Thumbprint: ${THUMBPRINT}; subject: ${SUBJECT}; valid from ${from} to ${to}. It waits for an authorised person to check and trust it.`,
        "certificate-untrusted (unreadable)": "The server's certificate is not trusted, so no connection was made. The certificate could not be read.",
        unreachable: "The server cannot be reached: the connection was refused or timed out, or the address does not exist.",
        "connection-lost": "The connection to the server was lost; reconnecting.",
        "session-closed": "The server closed the session; a new connection attempt follows.",
        "security-mismatch": "The server offers no connection with the configured security mode and policy; check this endpoint's settings.",
        "other (code)": "Connection error (status BadTooManySessions).",
        other: "Connection error.",
      };
  }
}

const LANGS: Language[] = ["sr-Latn", "sr-Cyrl", "en"];

describe("an endpoint's problem in the window's language", () => {
  it("covers every kind of the contract", () => {
    expect(Object.keys(KINDS_COVERED).sort()).toEqual(
      ["certificate-untrusted", "connection-lost", "other", "security-mismatch", "session-closed", "unreachable", "user-refused"].sort(),
    );
  });

  for (const language of LANGS) {
    it(`reads each kind as its catalogue sentence, with its parameters (${language})`, () => {
      const { t, formats } = setup(language);
      const want = expected(language);
      for (const [name, problem] of Object.entries(PROBLEMS) as [keyof typeof PROBLEMS, EndpointProblem][]) {
        expect({ name, text: describeEndpointProblem(problem, t, formats) }).toEqual({ name, text: want[name] });
      }
    });
  }

  it("gives each kind its own sentence, and Serbian is not English", () => {
    for (const language of LANGS) {
      const { t, formats } = setup(language);
      const texts = Object.values(PROBLEMS).map((p) => describeEndpointProblem(p, t, formats));
      expect(new Set(texts).size).toBe(texts.length);
    }
    const en = setup("en");
    const sr = setup("sr-Latn");
    for (const p of Object.values(PROBLEMS)) {
      expect(describeEndpointProblem(p, sr.t, sr.formats)).not.toBe(describeEndpointProblem(p, en.t, en.formats));
    }
  });

  it("shows the certificate's validity in the site's time zone, not UTC", () => {
    const { t, formats } = setup("en");
    const text = describeEndpointProblem(PROBLEMS["certificate-untrusted"], t, formats);
    expect(text).toMatch(/valid from 16 Jan 2026,\s00:30:00 to 1 Jul 2036,\s12:00:00\./);
    const ny = setup("en", "America/New_York");
    expect(describeEndpointProblem(PROBLEMS["certificate-untrusted"], ny.t, ny.formats)).toMatch(/valid from 15 Jan 2026,\s18:30:00 to 1 Jul 2036,\s06:00:00\./);
    const sr = setup("sr-Latn");
    expect(describeEndpointProblem(PROBLEMS["certificate-untrusted"], sr.t, sr.formats)).toMatch(/važi od 16\.\s1\.\s2026\.\s00:30:00 do 1\.\s7\.\s2036\.\s12:00:00\./);
  });

  it("shows a validity that is not a time as it came, and strips direction controls from the subject", () => {
    const { t, formats } = setup("en");
    const text = describeEndpointProblem(
      { kind: "certificate-untrusted", certificate: { ...CERTIFICATE, subject: "CN=\u202Eexe.png", validTo: "someday" } },
      t,
      formats,
    );
    expect(text).toContain("subject: CN=exe.png;");
    expect(text).toContain("to someday.");
  });
});

describe("the endpoint's tooltip", () => {
  const error = 'Endpoint "field-a" (opc.tcp://127.0.0.1:4840): user "supervisor" was refused (wrong user name or password, or not allowed on this server): BadUserAccessDenied (0x801f0000)';
  const status: EndpointStatus = {
    endpointId: endpointId("field-a"),
    url: "opc.tcp://127.0.0.1:4840",
    state: "error",
    error,
    problem: { kind: "user-refused", user: "supervisor" },
    since: Date.parse("2026-03-02T08:15:00.000Z"),
  };

  it("puts the sentence in the window's language first and keeps the core's English sentence as the detail", () => {
    const { t, formats } = setup("sr-Latn");
    expect(connectionTitle(status, t, formats).split("\n")).toEqual([
      "opc.tcp://127.0.0.1:4840",
      "Server je odbio korisnika „supervisor“: pogrešno korisničko ime ili lozinka, ili korisnik nema pristup ovom serveru.",
      `Detalji: ${error}`,
      "od 09:15:00",
    ]);
  });

  it("shows the core's sentence alone when there is no problem data, and nothing when all is well", () => {
    const { t, formats } = setup("en");
    expect(connectionTitle({ ...status, problem: undefined }, t, formats).split("\n")).toEqual(["opc.tcp://127.0.0.1:4840", error, "since 09:15:00"]);
    expect(connectionTitle({ ...status, state: "connected", error: null, problem: null }, t, formats).split("\n")).toEqual([
      "opc.tcp://127.0.0.1:4840",
      "since 09:15:00",
    ]);
  });
});
