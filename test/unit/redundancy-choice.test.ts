/** The choice of a server in a redundant set: healthiest first, lost left at once, no flapping. */
import { describe, expect, it } from "vitest";
import { chooseServer, DEFAULT_CHOICE_POLICY } from "../../main/core/connections/redundancy/choose-server";

const A = "opc.tcp://127.0.0.1:4841/UA/Nis";
const B = "opc.tcp://127.0.0.1:4842/UA/Nis";
const at = (now: number, lastSwitchAt: number | null = null) => ({ now, lastSwitchAt });
const { margin, holdMs } = DEFAULT_CHOICE_POLICY;

describe("chooseServer", () => {
  it("first chooses the highest ServiceLevel, the configured order among equals", () => {
    expect(chooseServer([{ url: A, level: 200 }, { url: B, level: 255 }], null, at(0))).toEqual({ url: B, reason: "initial" });
    expect(chooseServer([{ url: A, level: 255 }, { url: B, level: 255 }], null, at(0))).toEqual({ url: A, reason: "initial" });
  });

  it("chooses nothing while no server can be read or every one is in maintenance or without data", () => {
    expect(chooseServer([{ url: A, level: null }, { url: B, level: null }], null, at(0))).toBeNull();
    expect(chooseServer([{ url: A, level: 0 }, { url: B, level: 1 }], null, at(0))).toBeNull();
  });

  it("leaves a lost active server at once, even right after a switch", () => {
    expect(chooseServer([{ url: A, level: null }, { url: B, level: 150 }], A, at(1000, 999))).toEqual({ url: B, reason: "lost" });
    // ServiceLevel 1: the server says it has no data; 0: in maintenance.
    expect(chooseServer([{ url: A, level: 1 }, { url: B, level: 150 }], A, at(1000, 999))).toEqual({ url: B, reason: "lost" });
  });

  it("stays on a lost server when no partner is usable (its own reconnection goes on)", () => {
    expect(chooseServer([{ url: A, level: null }, { url: B, level: null }], A, at(0))).toBeNull();
  });

  it("moves to a partner whose ServiceLevel is higher by more than the margin", () => {
    expect(chooseServer([{ url: A, level: 100 }, { url: B, level: 255 }], A, at(60_000, 0))).toEqual({ url: B, reason: "service-level" });
  });

  it("stays while the partner is better by the margin or less (hysteresis)", () => {
    expect(chooseServer([{ url: A, level: 235 }, { url: B, level: 235 + margin }], A, at(60_000, 0))).toBeNull();
    expect(chooseServer([{ url: A, level: 235 }, { url: B, level: 235 + margin + 1 }], A, at(60_000, 0))).toEqual({ url: B, reason: "service-level" });
  });

  it("does not switch back for a better level within the hold time after a switch", () => {
    expect(chooseServer([{ url: A, level: 255 }, { url: B, level: 100 }], B, at(holdMs - 1, 0))).toBeNull();
    expect(chooseServer([{ url: A, level: 255 }, { url: B, level: 100 }], B, at(holdMs, 0))).toEqual({ url: A, reason: "service-level" });
  });

  it("stays on the best server", () => {
    expect(chooseServer([{ url: A, level: 255 }, { url: B, level: 100 }], A, at(0))).toBeNull();
  });
});
