/**
 * The connections view's rules, without a DOM: trouble first, the state in words, since when
 * (clock and age), failed attempts in the language's plural, the countdown to the next try,
 * which actions are offered (retry when not connected; the certificate to check when the
 * server's certificate is the trouble), validity marks, and what a certificate decision says.
 */
import { describe, expect, it } from "vitest";
import { ContractError } from "../../contract/client";
import { endpointId, type ActionResult, type EndpointStatus } from "../../contract/api";
import { certificateOutcome, refusedDecision } from "../../renderer/connections/certificateOutcome";
import { validityState } from "../../renderer/connections/certificateValidity";
import { endpointView, sortForView, worstState } from "../../renderer/connections/connectionView";
import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import type { Language } from "../../renderer/i18n/languages";

// 09:15:00 in Niš (CET) on 2 March 2026.
const NOW = Date.parse("2026-03-02T08:15:00.000Z");
const THUMBPRINT = "5023ab32adf4490898f0c24731ba037cf9085387";

function status(id: string, over: Partial<EndpointStatus> = {}): EndpointStatus {
  return {
    endpointId: endpointId(id),
    url: `opc.tcp://127.0.0.1:4840/${id}`,
    state: "connected",
    error: null,
    problem: null,
    since: NOW - 200_000,
    security: { mode: "SignAndEncrypt", policy: "Basic256Sha256" },
    server: null,
    attempts: 0,
    nextAttemptAt: null,
    lastConnectedAt: NOW - 200_000,
    ...over,
  };
}

function setup(language: Language = "en") {
  const t = createI18n(language).t;
  return { t, formats: createFormats(language, "Europe/Belgrade", t) };
}

const refused = (id: string, since: number, over: Partial<EndpointStatus> = {}) =>
  status(id, { state: "error", problem: { kind: "refused" }, error: `Endpoint "${id}": refused`, since, attempts: 3, nextAttemptAt: NOW + 4200, ...over });

describe("the order and the summary", () => {
  it("puts trouble first (the longest-standing first), then connecting, then connected by id", () => {
    const list = [
      status("nis-water"),
      refused("nis-air", NOW - 1000),
      status("nis-heating", { state: "connecting" }),
      refused("nis-waste", NOW - 60_000),
      status("nis-air-2", { state: "disconnected", problem: { kind: "connection-lost" } }),
      status("nis-lighting"),
    ];
    expect(sortForView(list).map((s) => s.endpointId)).toEqual(["nis-waste", "nis-air", "nis-air-2", "nis-heating", "nis-lighting", "nis-water"]);
    expect(worstState(list)).toBe("error");
    expect(worstState([status("a"), status("b", { state: "connecting" })])).toBe("connecting");
    expect(worstState([status("a")])).toBe("connected");
  });
});

describe("one endpoint's card", () => {
  it("a connected endpoint: state, security in words, since when, nothing to retry", () => {
    const { t, formats } = setup();
    const v = endpointView(status("nis-water"), NOW, t, formats);
    expect(v).toMatchObject({
      state: "connected",
      stateText: "Connected",
      securityText: "Signed and encrypted · Basic256Sha256",
      sinceText: "09:11:40 (3 min 20 s ago)",
      attemptsText: "None failed",
      nextTryText: null,
      problemText: null,
      adviceText: null,
      retryOffered: false,
      certificateToCheck: null,
    });
  });

  it("a refused endpoint: what is wrong, what to do, the attempts and a countdown in whole seconds", () => {
    const { t, formats } = setup();
    const v = endpointView(refused("nis-air", NOW - 60_000), NOW, t, formats);
    expect(v.stateText).toBe("Connection error — showing last known values");
    expect(v.problemText).toMatch(/^Nothing accepts connections at this address/);
    expect(v.adviceText).toMatch(/^Check that the server is running/);
    expect(v.attemptsText).toBe("3 failed since the last good connection");
    expect(v.nextTryText).toBe("in 5 s (09:15:04)");
    expect(v.sinceText).toBe("09:14:00 (1 min 0 s ago)");
    expect(v.retryOffered).toBe(true);
    expect(v.certificateToCheck).toBeNull();
    // The countdown runs down with the clock and says "now" once the try is due.
    expect(endpointView(refused("nis-air", NOW), NOW + 3300, t, formats).nextTryText).toBe("in 1 s (09:15:04)");
    expect(endpointView(refused("nis-air", NOW), NOW + 4300, t, formats).nextTryText).toBe("now");
    expect(endpointView(status("nis-air", { state: "connecting", attempts: 3 }), NOW, t, formats).nextTryText).toBe("Trying now…");
  });

  it("waits for a station password without a countdown or a retry that would change nothing", () => {
    const { t, formats } = setup("en");
    const v = endpointView(status("nis-air", { state: "error", nextAttemptAt: null, problem: { kind: "password-not-kept", user: "station" } }), NOW, t, formats);
    expect(v.problemText).toBe("No password for user “station” is kept on this workstation yet, so no connection is tried.");
    expect(v.nextTryText).toBe("once the station password is entered");
    expect(v.retryOffered).toBe(false);
  });

  it("counts attempts with Serbian plurals", () => {
    const { t, formats } = setup("sr-Latn");
    const words = [1, 3, 5, 21].map((attempts) => endpointView(refused("a", NOW, { attempts }), NOW, t, formats).attemptsText);
    expect(words).toEqual([
      "1 neuspešan od poslednje dobre veze",
      "3 neuspešna od poslednje dobre veze",
      "5 neuspešnih od poslednje dobre veze",
      "21 neuspešan od poslednje dobre veze",
    ]);
    expect(endpointView(refused("a", NOW - 90_000), NOW, t, formats).sinceText).toBe("09:13:30 (pre 1 min 30 s)");
  });

  it("offers the certificate to check when the server's certificate is the trouble, and only then", () => {
    const { t, formats } = setup();
    const facts = { thumbprint: THUMBPRINT, subject: "CN=x", validFrom: "2026-01-01T00:00:00.000Z", validTo: "2027-01-01T00:00:00.000Z" };
    const untrusted = status("a", { state: "error", error: "x", problem: { kind: "certificate-untrusted", certificate: facts } });
    expect(endpointView(untrusted, NOW, t, formats).certificateToCheck).toBe(THUMBPRINT);
    const expired = status("a", { state: "error", error: "x", problem: { kind: "certificate-time-invalid", certificate: facts, validity: "expired" } });
    expect(endpointView(expired, NOW, t, formats).certificateToCheck).toBe(THUMBPRINT);
    const unreadable = status("a", { state: "error", error: "x", problem: { kind: "certificate-untrusted", certificate: null } });
    expect(endpointView(unreadable, NOW, t, formats).certificateToCheck).toBeNull();
  });

  it("reads a status from before the new fields without failing", () => {
    const { t, formats } = setup();
    const old: EndpointStatus = { endpointId: endpointId("old"), url: "opc.tcp://x", state: "error", error: "e", since: NOW };
    expect(endpointView(old, NOW, t, formats)).toMatchObject({ securityText: null, attemptsText: "None failed", nextTryText: "Trying now…", problemText: null });
  });
});

describe("certificates", () => {
  it("marks validity from the certificate's own dates", () => {
    const c = { validFrom: "2026-01-01T00:00:00.000Z", validTo: "2026-03-01T00:00:00.000Z" };
    expect(validityState(c, NOW)).toBe("expired");
    expect(validityState(c, Date.parse("2025-12-31T00:00:00Z"))).toBe("not-yet-valid");
    expect(validityState(c, Date.parse("2026-02-01T00:00:00Z"))).toBe("valid");
  });

  it("says what a decision did, or why not", () => {
    const { t } = setup();
    const done: ActionResult = { outboxId: 1, status: "done", error: null };
    expect(certificateOutcome("trust", done, t)).toEqual({ ok: true, message: "Certificate trusted; the endpoints that presented it connect now." });
    expect(certificateOutcome("renew", done, t).message).toMatch(/^A new certificate was made/);
    const failed: ActionResult = { outboxId: 2, status: "failed", error: "No server certificate abc in the workstation's PKI" };
    expect(certificateOutcome("reject", failed, t)).toEqual({ ok: false, message: "The decision was not carried out: No server certificate abc in the workstation's PKI" });
    const refusedCall = refusedDecision(new ContractError("forbidden", "Ana Petrović (operator) may not trust-certificate"), t);
    expect(refusedCall.ok).toBe(false);
    expect(refusedCall.message).toMatch(/^Refused: You are not permitted to do this\./);
  });
});
