/**
 * The connections view's words for an endpoint with a redundant server set and for the
 * refreshing state: the server in use, each server's service level in words, the last switch
 * and why, in English and Serbian; "refreshing" counts as up (no retry, no attempts) but sorts
 * before connected and is the summary's state while any endpoint refreshes.
 */
import { describe, expect, it } from "vitest";
import { endpointId, type EndpointRedundancy, type EndpointStatus } from "../../contract/api";
import { endpointView, sortForView, worstState } from "../../renderer/connections/connectionView";
import { healthOf, redundancyView } from "../../renderer/connections/redundancyView";
import { createFormats } from "../../renderer/i18n/formats";
import { createI18n } from "../../renderer/i18n/i18n";
import type { Language } from "../../renderer/i18n/languages";

const NOW = Date.parse("2026-03-02T08:15:00.000Z");
const A = "opc.tcp://scada-a:4840/UA";
const B = "opc.tcp://scada-b:4840/UA";

function setup(language: Language = "en") {
  const t = createI18n(language).t;
  return { t, formats: createFormats(language, "Europe/Belgrade", t) };
}

const redundancy: EndpointRedundancy = {
  activeUrl: B,
  support: "Hot",
  servers: [
    { url: A, applicationUri: "urn:a", serviceLevel: null },
    { url: B, applicationUri: "urn:b", serviceLevel: 180 },
  ],
  lastSwitch: { from: A, to: B, reason: "lost", at: NOW - 60_000 },
};

function status(id: string, over: Partial<EndpointStatus> = {}): EndpointStatus {
  return { endpointId: endpointId(id), url: A, state: "connected", error: null, problem: null, since: NOW - 1000, ...over };
}

describe("redundant servers in the connections view", () => {
  it("reads a ServiceLevel in Part 5's bands", () => {
    expect([255, 200, 199, 2, 1, 0].map(healthOf)).toEqual(["healthy", "healthy", "degraded", "degraded", "noData", "maintenance"]);
  });

  it("says which server is in use, each level in words and the last switch, in English", () => {
    const { t, formats } = setup("en");
    const v = redundancyView(redundancy, NOW, t, formats);
    expect(v.modeText).toBe("Redundancy: hot standby");
    expect(v.servers).toEqual([
      { url: A, applicationUri: "urn:a", active: false, levelText: "not reachable", unusable: true },
      { url: B, applicationUri: "urn:b", active: true, levelText: "service level 180 — degraded", unusable: false },
    ]);
    expect(v.lastSwitchText).toMatch(new RegExp(`^Moved from ${A} at .*09:14.*: the server in use was lost\\.$`));
  });

  it("says it in Serbian", () => {
    const { t, formats } = setup("sr-Latn");
    const v = redundancyView({ ...redundancy, lastSwitch: { from: B, to: A, reason: "service-level", at: NOW - 1000 } }, NOW, t, formats);
    expect(v.modeText).toBe("Redundansa: vruća rezerva");
    expect(v.servers.map((s) => s.levelText)).toEqual(["nedostupan", "nivo usluge 180 — umanjen"]);
    expect(v.lastSwitchText).toContain("njegov nivo usluge pao je ispod nivoa partnera");
    expect(redundancyView({ ...redundancy, lastSwitch: null }, NOW, t, formats).lastSwitchText).toBe("Nije bilo prebacivanja od pokretanja radne stanice.");
  });

  it("shows refreshing as connected work in progress: no retry, no attempts, before connected, the summary's state", () => {
    const { t, formats } = setup("en");
    const v = endpointView(status("water", { state: "refreshing" }), NOW, t, formats);
    expect(v.stateText).toBe("Refreshing alarms…");
    expect(v.retryOffered).toBe(false);
    expect(v.nextTryText).toBeNull();
    const list = [status("air"), status("water", { state: "refreshing" })];
    expect(sortForView(list).map((s) => s.endpointId)).toEqual(["water", "air"]);
    expect(worstState(list)).toBe("refreshing");
    expect(worstState([...list, status("heat", { state: "error" })])).toBe("error");
    expect(setup("sr-Latn").t("connection.refreshing")).toBe("Osvežavanje alarma…");
  });
});
