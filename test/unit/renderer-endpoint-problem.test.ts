/**
 * What is wrong with an endpoint, in the window's language: one catalogue sentence per kind of
 * `EndpointStatus.problem`, with its parameters (user, certificate thumbprint and validity in
 * the site's time zone, what the server offers as a list in the language's own words), and for
 * each kind a line saying what to do.
 */
import { describe, expect, it } from "vitest";
import type { EndpointProblem, EndpointProblemKind, EndpointSecurity } from "../../contract/api";
import { describeEndpointProblem, endpointProblemAdvice } from "../../renderer/i18n/endpointProblem";
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
const SECURITY: EndpointSecurity = { mode: "None", policy: "None" };

/** Every kind, and the variants a missing parameter makes. */
const PROBLEMS = {
  "user-refused": { kind: "user-refused", user: "supervisor" },
  "user-refused (anonymous)": { kind: "user-refused", user: null },
  "token-type-unsupported": { kind: "token-type-unsupported", tokenType: "anonymous", offered: ["username", "certificate"] },
  "token-type-unsupported (offer unknown)": { kind: "token-type-unsupported", tokenType: "username", offered: null },
  "certificate-untrusted": { kind: "certificate-untrusted", certificate: CERTIFICATE },
  "certificate-untrusted (unreadable)": { kind: "certificate-untrusted", certificate: null },
  "certificate-time-invalid (expired)": { kind: "certificate-time-invalid", certificate: CERTIFICATE, validity: "expired" },
  "certificate-time-invalid (not yet valid)": { kind: "certificate-time-invalid", certificate: CERTIFICATE, validity: "not-yet-valid" },
  "certificate-time-invalid (unknown)": { kind: "certificate-time-invalid", certificate: null, validity: null },
  "client-certificate-rejected": { kind: "client-certificate-rejected", code: "BadSecurityChecksFailed" },
  "client-certificate-rejected (no code)": { kind: "client-certificate-rejected", code: null },
  refused: { kind: "refused" },
  "host-unknown": { kind: "host-unknown", host: "scada.vodovod-nis.rs" },
  timeout: { kind: "timeout" },
  unreachable: { kind: "unreachable" },
  "connection-lost": { kind: "connection-lost" },
  "session-closed": { kind: "session-closed" },
  stalled: { kind: "stalled", silentMs: 10_400, keepAliveMs: 5000 },
  "security-mismatch": {
    kind: "security-mismatch",
    offered: [
      { mode: "Sign", policy: "Basic256Sha256", tokens: ["username"] },
      { mode: "SignAndEncrypt", policy: "Basic256Sha256", tokens: ["username"] },
      { mode: "SignAndEncrypt", policy: "Basic256Sha256", tokens: ["anonymous"] },
    ],
  },
  "security-mismatch (offer unknown)": { kind: "security-mismatch", offered: null },
  "other (code)": { kind: "other", code: "BadTooManySessions" },
  other: { kind: "other", code: null },
} as const satisfies Record<string, EndpointProblem>;

// A new kind in the contract without a case here does not compile.
const KINDS_COVERED = Object.fromEntries(Object.values(PROBLEMS).map((p) => [p.kind, true])) as Record<EndpointProblemKind, true>;

function setup(language: Language, timeZone = ZONE) {
  const t = createI18n(language).t;
  const formats = createFormats(language, timeZone, t);
  return { t, formats, from: formats.dateTime(Date.parse(VALID_FROM)), to: formats.dateTime(Date.parse(VALID_TO)) };
}

const text = (name: keyof typeof PROBLEMS, language: Language) => {
  const { t, formats } = setup(language);
  return describeEndpointProblem(PROBLEMS[name] as EndpointProblem, t, formats, SECURITY);
};

describe("an endpoint's problem in the window's language", () => {
  it("covers every kind of the contract", () => {
    expect(Object.keys(KINDS_COVERED).sort()).toEqual(
      [
        "certificate-time-invalid",
        "certificate-untrusted",
        "client-certificate-rejected",
        "connection-lost",
        "host-unknown",
        "other",
        "refused",
        "security-mismatch",
        "session-closed",
        "stalled",
        "timeout",
        "token-type-unsupported",
        "unreachable",
        "user-refused",
      ].sort(),
    );
  });

  it("reads each kind as its catalogue sentence, with its parameters (English)", () => {
    const { from, to } = setup("en");
    expect(text("user-refused", "en")).toBe("The server refused user “supervisor”: wrong user name or password, or the user is not allowed on this server.");
    expect(text("token-type-unsupported", "en")).toBe("The server does not accept anonymous access on this endpoint; it accepts user name and password or user certificates.");
    expect(text("token-type-unsupported (offer unknown)", "en")).toBe("The server does not accept user name and password on this endpoint.");
    expect(text("certificate-untrusted", "en")).toBe(
      `The server's certificate is not trusted, so no connection was made. Thumbprint: ${THUMBPRINT}; subject: ${SUBJECT}; valid from ${from} to ${to}. It waits for an authorised person to check and trust it.`,
    );
    expect(text("certificate-time-invalid (expired)", "en")).toBe(`The server's certificate expired on ${to}, so no connection was made (thumbprint ${THUMBPRINT}).`);
    expect(text("certificate-time-invalid (not yet valid)", "en")).toBe(`The server's certificate is valid only from ${from}, so no connection was made (thumbprint ${THUMBPRINT}).`);
    expect(text("client-certificate-rejected", "en")).toBe("The server refused this workstation's certificate (status BadSecurityChecksFailed).");
    expect(text("refused", "en")).toBe("Nothing accepts connections at this address: the server is not running, or the port is wrong.");
    expect(text("host-unknown", "en")).toBe("The host name “scada.vodovod-nis.rs” is not known: the name look-up failed.");
    expect(text("timeout", "en")).toBe("The server did not answer in time.");
    // What the server offers, once each, as the language lists alternatives.
    expect(text("security-mismatch", "en")).toBe(
      "The server offers no connection with No security · None; it offers Signed · Basic256Sha256 or Signed and encrypted · Basic256Sha256.",
    );
    expect(text("other (code)", "en")).toBe("Connection error (status BadTooManySessions).");
    expect(text("stalled", "en")).toBe(
      "The link stalled: the connection stayed open but nothing came from the server for 10 s (it promised an answer every 5 s). The values shown are the last known ones; the workstation dropped the link and reconnects.",
    );
  });

  it("reads them in Serbian, Latin and Cyrillic", () => {
    const { to } = setup("sr-Latn");
    expect(text("token-type-unsupported", "sr-Latn")).toBe("Server na ovoj adresi ne prihvata anonimni pristup; prihvata korisničko ime i lozinku ili korisničke sertifikate.");
    expect(text("certificate-time-invalid (expired)", "sr-Latn")).toBe(`Sertifikat servera je istekao ${to}, pa veza nije uspostavljena (otisak ${THUMBPRINT}).`);
    expect(text("refused", "sr-Latn")).toBe("Na ovoj adresi niko ne prima veze: server ne radi ili je port pogrešan.");
    expect(text("stalled", "sr-Latn")).toBe(
      "Veza je zastala: ostala je otvorena, ali sa servera ništa nije stiglo 10 s (obećao je odgovor na svakih 5 s). Prikazane vrednosti su poslednje poznate; radna stanica je prekinula vezu i ponovo se povezuje.",
    );
    expect(text("security-mismatch", "sr-Latn")).toBe(
      "Server ne nudi vezu sa podešavanjem Bez zaštite · None; nudi Potpisano · Basic256Sha256 ili Potpisano i šifrovano · Basic256Sha256.",
    );
    expect(text("host-unknown", "sr-Cyrl")).toBe("Име рачунара „scada.vodovod-nis.rs“ није познато: тражење имена није успело.");
    expect(text("timeout", "sr-Cyrl")).toBe("Сервер није одговорио на време.");
  });

  it("gives each kind and variant its own sentence and each kind its own advice; Serbian is not English", () => {
    for (const language of ["sr-Latn", "sr-Cyrl", "en"] as Language[]) {
      const texts = (Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[]).map((name) => text(name, language));
      expect(new Set(texts).size).toBe(texts.length);
      const { t } = setup(language);
      const kinds = Object.keys(KINDS_COVERED) as EndpointProblemKind[];
      const advice = kinds.map((kind) => endpointProblemAdvice(Object.values(PROBLEMS).find((p) => p.kind === kind) as EndpointProblem, t));
      expect(new Set(advice).size).toBe(kinds.length);
    }
    for (const name of Object.keys(PROBLEMS) as (keyof typeof PROBLEMS)[]) expect(text(name, "sr-Latn")).not.toBe(text(name, "en"));
  });

  it("says what to do in words a person can act on", () => {
    const { t } = setup("en");
    expect(endpointProblemAdvice(PROBLEMS.refused, t)).toBe("Check that the server is running and that the port in the address is right, then retry.");
    expect(endpointProblemAdvice(PROBLEMS["client-certificate-rejected"], t)).toMatch(/^Hand this workstation's certificate .* to the server's administrator/);
    expect(endpointProblemAdvice(PROBLEMS["certificate-untrusted"], setup("sr-Latn").t)).toMatch(/^Osoba ovlašćena za sertifikate uporedi otisak/);
  });

  it("shows the certificate's validity in the site's time zone, not UTC", () => {
    expect(text("certificate-untrusted", "en")).toMatch(/valid from 16 Jan 2026,\s00:30:00 to 1 Jul 2036,\s12:00:00\./);
    const ny = setup("en", "America/New_York");
    expect(describeEndpointProblem(PROBLEMS["certificate-untrusted"], ny.t, ny.formats)).toMatch(/valid from 15 Jan 2026,\s18:30:00 to 1 Jul 2036,\s06:00:00\./);
    expect(text("certificate-untrusted", "sr-Latn")).toMatch(/važi od 16\.\s1\.\s2026\.\s00:30:00 do 1\.\s7\.\s2036\.\s12:00:00\./);
  });

  it("shows a validity that is not a time as it came, and strips direction controls from server strings", () => {
    const { t, formats } = setup("en");
    const untrusted = describeEndpointProblem(
      { kind: "certificate-untrusted", certificate: { ...CERTIFICATE, subject: "CN=\u202Eexe.png", validTo: "someday" } },
      t,
      formats,
    );
    expect(untrusted).toContain("subject: CN=exe.png;");
    expect(untrusted).toContain("to someday.");
    expect(describeEndpointProblem({ kind: "host-unknown", host: "evil\u202Egro.com" }, t, formats)).toContain("“evilgro.com”");
  });

  it("without the endpoint's security at hand, a mismatch says only that it does not match", () => {
    const { t, formats } = setup("en");
    expect(describeEndpointProblem(PROBLEMS["security-mismatch"], t, formats)).toBe(
      "The server offers no connection with the configured security mode and policy; check this endpoint's settings.",
    );
  });
});
