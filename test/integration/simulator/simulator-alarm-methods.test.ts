/**
 * The simulator's Part 9 alarm methods against a plain node-opcua client: acknowledge, confirm,
 * comment, shelve and unshelve, disable and enable, each refused to a role without permission.
 * A real server on loopback, no mocks.
 */
import type { ClientSession } from "node-opcua";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../../../main/simulator";
import { childNodeId, connect, monitorAlarms, readValue, str, waitFor, type AlarmEvent, type Connection } from "./client";
import { call, startSupervisedSimulator, user } from "./simulator-fixture";

const ack = (s: ClientSession, e: AlarmEvent, text = "ack") =>
  call(s, String(e.ConditionId), "i=9111", [
    { dataType: "ByteString", value: e.EventId },
    { dataType: "LocalizedText", value: { text } },
  ]);
const confirm = (s: ClientSession, e: AlarmEvent, text = "confirm") =>
  call(s, String(e.ConditionId), "i=9113", [
    { dataType: "ByteString", value: e.EventId },
    { dataType: "LocalizedText", value: { text } },
  ]);
const comment = (s: ClientSession, e: AlarmEvent, text: string) =>
  call(s, String(e.ConditionId), "i=9029", [
    { dataType: "ByteString", value: e.EventId },
    { dataType: "LocalizedText", value: { text } },
  ]);
const shelvingStateOf = (e: AlarmEvent) => `${String(e.ConditionId).replace(/^ns=(\d+);s=/, "ns=$1;s=")}`;

describe("Niš field network simulator: Part 9 alarm methods", () => {
  let sim: RunningSimulator;
  let sup: Connection;
  let ns: number;

  beforeAll(async () => {
    ({ sim, sup, ns } = await startSupervisedSimulator());
  });
  afterAll(async () => {
    await sup?.close();
    await sim?.stop();
  });

  it("raises the expected alarms for a scenario, and Part 9 methods change the condition", async () => {
    const mon = await monitorAlarms(sup.session);
    sim.startScenario("dark-traffic-signal");
    const dark = await waitFor("the dark signal's Mode alarm", () =>
      mon.events.find((e) => String(e.ConditionName) === "ModeAlarm" && e["ActiveState.Id"] === true),
    );
    expect(str(dark.Message)).toContain("Mode is Dark");
    expect(dark.Severity).toBeGreaterThanOrEqual(700);
    expect(String(dark.SourceNode)).toMatch(/s=traffic\.SS-/);
    await waitFor("its controller fault", () =>
      mon.events.find((e) => String(e.ConditionName) === "FaultAlarm" && String(e.SourceNode) === String(dark.SourceNode) && e["ActiveState.Id"] === true),
    );

    // Acknowledge: AckedState true, a new event with the comment.
    expect((await ack(sup.session, dark, "crew called")).name).toBe("Good");
    const acked = await waitFor("acked event", () => mon.events.find((e) => e.ConditionId?.toString() === dark.ConditionId?.toString() && e["AckedState.Id"] === true));
    expect(str(acked.Comment)).toBe("crew called");
    expect(acked["ConfirmedState.Id"]).toBe(false);
    // Part 9: an EventId that is no longer the latest is unknown (the client must show the conflict).
    expect((await ack(sup.session, dark)).name).toBe("BadEventIdUnknown");

    // Confirm after acknowledge.
    expect((await confirm(sup.session, acked, "checked on site")).name).toBe("Good");
    const confirmed = await waitFor("confirmed event", () => mon.events.find((e) => e.ConditionId?.toString() === dark.ConditionId?.toString() && e["ConfirmedState.Id"] === true));
    expect(str(confirmed.Comment)).toBe("checked on site");

    // AddComment keeps states and updates Comment.
    expect((await comment(sup.session, confirmed, "police directing traffic")).name).toBe("Good");
    await waitFor("comment event", () => mon.events.find((e) => str(e.Comment) === "police directing traffic"));

    // TimedShelve then Unshelve on the ShelvingState object.
    const shelving = `${shelvingStateOf(dark)}.ShelvingState`;
    const shelvingNode = (await sup.session.translateBrowsePath({
      startingNode: String(dark.ConditionId),
      relativePath: { elements: [{ referenceTypeId: "i=47", isInverse: false, includeSubtypes: true, targetName: { namespaceIndex: 0, name: "ShelvingState" } }] },
    } as never)).targets?.[0]?.targetId.toString() ?? shelving;
    expect((await call(sup.session, shelvingNode, "i=2949", [{ dataType: "Double", value: 60_000 }])).name).toBe("Good");
    await waitFor("shelved event", () => mon.events.find((e) => e.ConditionId?.toString() === dark.ConditionId?.toString() && str(e["ShelvingState.CurrentState"]) === "TimedShelved"));
    // Longer than MaxTimeShelved is out of range.
    expect((await call(sup.session, shelvingNode, "i=2949", [{ dataType: "Double", value: 10 * 24 * 3600_000 }])).name).not.toBe("Good");
    expect((await call(sup.session, shelvingNode, "i=2947")).name).toBe("Good");
    await waitFor("unshelved event", () => mon.events.filter((e) => e.ConditionId?.toString() === dark.ConditionId?.toString() && str(e["ShelvingState.CurrentState"]) === "Unshelved").length > 0 && mon.events.at(-1));
    await mon.subscription.terminate();
  });

  it("refuses alarm methods to a role without permission, allows them to one with it", async () => {
    const mon = await monitorAlarms(sup.session);
    const active = await waitFor("an unacknowledged alarm", () => mon.events.find((e) => e["ActiveState.Id"] === true && e["AckedState.Id"] === false));
    const maint = await connect(sim.endpointUrl, { user: user("maintenance") });
    const op = await connect(sim.endpointUrl, { user: user("operator") });
    try {
      expect((await ack(maint.session, active)).name).toBe("BadUserAccessDenied");
      expect((await confirm(op.session, active)).name).toBe("BadUserAccessDenied");
      expect((await comment(maint.session, active, "on my way")).name).toBe("Good");
      expect((await call(op.session, `ns=${ns};s=Simulation`, `ns=${ns};s=Simulation.Reset`)).name).toBe("BadUserAccessDenied");
    } finally {
      await maint.close();
      await op.close();
      await mon.subscription.terminate();
    }
    // A wrong password is refused at session activation.
    await expect(connect(sim.endpointUrl, { user: { user: "operator", password: "wrong" } })).rejects.toThrow();
  });

  // Part 9 ShelvedStateMachineType: the states' NodeIds, what ShelvingState.CurrentState.Id carries.
  const UNSHELVED = "ns=0;i=2930";
  const ONE_SHOT_SHELVED = "ns=0;i=2933";
  const sameCondition = (e: AlarmEvent, conditionId: string) => String(e.ConditionId) === conditionId;
  let shelvingEvents: { shelved: AlarmEvent; unshelved: AlarmEvent } | undefined;

  it("OneShotShelve on the ShelvingState shelves the condition (OneShotShelved, i=2933) until Unshelve (Unshelved, i=2930)", async () => {
    const mon = await monitorAlarms(sup.session);
    const op = await connect(sim.endpointUrl, { user: user("operator") });
    try {
      sim.startScenario("lighting-cabinet-outage");
      const lost = await waitFor("a cabinet's supply-lost alarm", () =>
        mon.events.find((e) => String(e.ConditionName) === "SupplyFaultAlarm" && e["ActiveState.Id"] === true && String(e.SourceNode).includes(";s=lighting.")),
      );
      const cid = String(lost.ConditionId);
      expect(str(lost["ShelvingState.CurrentState"])).toBe("Unshelved");
      expect(String(lost["ShelvingState.CurrentState.Id"])).toBe(UNSHELVED);
      const shelving = await childNodeId(sup.session, cid, ["ShelvingState"]);
      const currentStateId = await childNodeId(sup.session, cid, ["ShelvingState", "CurrentState", "Id"]);
      const unshelveTime = await childNodeId(sup.session, cid, ["ShelvingState", "UnshelveTime"]);

      // Shelving is a supervisor's decision (simulator access rules): an operator is refused, nothing changes.
      expect((await call(op.session, shelving, "i=2948")).name).toBe("BadUserAccessDenied");
      expect(String((await readValue(sup.session, currentStateId)).value.value)).toBe(UNSHELVED);

      const before = mon.events.length;
      expect((await call(sup.session, shelving, "i=2948")).name).toBe("Good");
      const shelved = await waitFor("the OneShotShelved event", () =>
        mon.events.slice(before).find((e) => sameCondition(e, cid) && str(e["ShelvingState.CurrentState"]) === "OneShotShelved"),
      );
      // Shelving hides the alarm from the operator; the condition itself is still active and retained.
      expect(shelved["ActiveState.Id"]).toBe(true);
      expect(shelved.Retain).toBe(true);
      expect(String((await readValue(sup.session, currentStateId)).value.value)).toBe(ONE_SHOT_SHELVED);
      // A one-shot shelve still ends at MaxTimeShelved (8 h) at the latest.
      const remaining = (await readValue(sup.session, unshelveTime)).value.value as number;
      expect(remaining).toBeGreaterThan(8 * 3600_000 - 120_000);
      expect(remaining).toBeLessThanOrEqual(8 * 3600_000);
      expect((await call(sup.session, shelving, "i=2948")).name).toBe("BadConditionAlreadyShelved");

      expect((await call(op.session, shelving, "i=2947")).name).toBe("BadUserAccessDenied");
      const beforeUnshelve = mon.events.length;
      expect((await call(sup.session, shelving, "i=2947")).name).toBe("Good");
      const unshelved = await waitFor("the Unshelved event", () =>
        mon.events.slice(beforeUnshelve).find((e) => sameCondition(e, cid) && str(e["ShelvingState.CurrentState"]) === "Unshelved"),
      );
      expect(unshelved["ActiveState.Id"]).toBe(true);
      shelvingEvents = { shelved, unshelved };
      expect(String((await readValue(sup.session, currentStateId)).value.value)).toBe(UNSHELVED);
      expect((await call(sup.session, shelving, "i=2947")).name).toBe("BadConditionNotShelved");

      // A one-shot shelve lasts only until the alarm returns to normal (ISA-18.2, Part 9).
      expect((await call(sup.session, shelving, "i=2948")).name).toBe("Good");
      const beforeReturn = mon.events.length;
      sim.reset(); // ends the outage: the supply comes back
      const cleared = await waitFor("the return to normal ending the one-shot shelve", () =>
        mon.events
          .slice(beforeReturn)
          .find((e) => sameCondition(e, cid) && e["ActiveState.Id"] === false && String(e["ShelvingState.CurrentState.Id"]) === UNSHELVED),
      );
      expect(str(cleared["ShelvingState.CurrentState"])).toBe("Unshelved");
      expect(String((await readValue(sup.session, currentStateId)).value.value)).toBe(UNSHELVED);
    } finally {
      await op.close();
      await mon.subscription.terminate();
    }
  });

  // node-opcua sets CurrentState.Id after CurrentState, so an event raised on the text's change
  // would carry the previous state's Id; the simulator raises it on the Id's change instead
  // (main/simulator/part9-behaviour.ts). A client keying on the Id, as Part 9 intends, must read
  // the new state. (The test above fails on its own if it could not record the events.)
  it("the shelving events carry ShelvingState.CurrentState.Id of the new state (Part 9)", () => {
    expect(shelvingEvents).toBeDefined();
    expect(String(shelvingEvents!.shelved["ShelvingState.CurrentState.Id"])).toBe(ONE_SHOT_SHELVED);
    expect(String(shelvingEvents!.unshelved["ShelvingState.CurrentState.Id"])).toBe(UNSHELVED);
  });

  it("Disable takes a condition out of service (EnabledState false, not retained), Enable brings it back re-evaluated", async () => {
    const mon = await monitorAlarms(sup.session);
    const op = await connect(sim.endpointUrl, { user: user("operator") });
    const maint = await connect(sim.endpointUrl, { user: user("maintenance") });
    try {
      sim.startScenario("lighting-cabinet-outage");
      // A limit alarm: the cabinet without supply reads 0 V, below the low-low limit.
      // The condition's current state (no BranchId): a refresh also resends older branches.
      const low = await waitFor("a cabinet's voltage alarm", () =>
        mon.events.find(
          (e) =>
            String(e.ConditionName) === "VoltageLimit" &&
            (e.BranchId === null || e.BranchId === undefined || String(e.BranchId) === "ns=0;i=0") &&
            e["ActiveState.Id"] === true &&
            e["AckedState.Id"] === false &&
            str(e.Message).includes("below low-low"),
        ),
      );
      const cid = String(low.ConditionId);
      expect(low["EnabledState.Id"]).toBe(true);
      const enabledId = await childNodeId(sup.session, cid, ["EnabledState", "Id"]);
      expect((await readValue(sup.session, enabledId)).value.value).toBe(true);

      // Taking an alarm out of service is not an operator's call.
      expect((await call(op.session, cid, "i=9028")).name).toBe("BadUserAccessDenied");
      expect((await readValue(sup.session, enabledId)).value.value).toBe(true);

      const before = mon.events.length;
      expect((await call(sup.session, cid, "i=9028")).name).toBe("Good");
      const disabled = await waitFor("the Disabled event", () => mon.events.slice(before).find((e) => sameCondition(e, cid) && e["EnabledState.Id"] === false));
      // Part 9: entering Disabled the condition is no longer of interest (Retain not true), and
      // state fields other than EventId, EventType, SourceNode, SourceName, Time, EnabledState are
      // not reported as values (node-opcua sends them as Bad_ConditionDisabled).
      expect(disabled.Retain).not.toBe(true);
      expect(disabled["ActiveState.Id"]).not.toBe(true);
      expect(disabled["AckedState.Id"]).not.toBe(false);
      expect(str(disabled.Message)).not.toContain("Voltage");
      expect(String(disabled.SourceNode)).toBe(String(low.SourceNode));
      expect(Buffer.isBuffer(disabled.EventId)).toBe(true);
      expect((await readValue(sup.session, enabledId)).value.value).toBe(false);
      expect((await call(sup.session, cid, "i=9028")).name).toBe("BadConditionAlreadyDisabled");

      // While out of service: roles are still checked first, then the condition refuses.
      const ackArgs = (e: AlarmEvent) => [
        { dataType: "ByteString", value: e.EventId },
        { dataType: "LocalizedText", value: { text: "ack" } },
      ];
      expect((await call(maint.session, cid, "i=9111", ackArgs(disabled))).name).toBe("BadUserAccessDenied");
      expect((await call(op.session, cid, "i=9111", ackArgs(disabled))).name).toBe("BadConditionDisabled");
      expect((await call(op.session, cid, "i=9029", ackArgs(disabled))).name).toBe("BadConditionDisabled");

      // A ConditionRefresh (a client reconnecting) does not report the disabled condition as retained.
      const late = await monitorAlarms(op.session);
      try {
        await waitFor("RefreshEnd", () => late.events.find((e) => String(e.EventType) === "ns=0;i=2788"));
        expect(late.events.filter((e) => sameCondition(e, cid) && e.Retain === true)).toEqual([]);
        expect(late.events.some((e) => e.Retain === true)).toBe(true);
      } finally {
        await late.subscription.terminate();
      }

      expect((await call(op.session, cid, "i=9027")).name).toBe("BadUserAccessDenied");
      expect((await readValue(sup.session, enabledId)).value.value).toBe(false);
      const beforeEnable = mon.events.length;
      expect((await call(sup.session, cid, "i=9027")).name).toBe("Good");
      // Part 9: on Enable the condition is evaluated again and, retained, notified with current values.
      const enabled = await waitFor("the Enabled event", () => mon.events.slice(beforeEnable).find((e) => sameCondition(e, cid) && e["EnabledState.Id"] === true));
      expect(enabled.Retain).toBe(true);
      expect(enabled["ActiveState.Id"]).toBe(true);
      expect(enabled["AckedState.Id"]).toBe(false);
      expect(str(enabled.Message)).toMatch(/^Voltage .* below low-low limit/);
      expect((await readValue(sup.session, enabledId)).value.value).toBe(true);
      expect((await call(sup.session, cid, "i=9027")).name).toBe("BadConditionAlreadyEnabled");
      // Back in service, the operator can acknowledge it again.
      expect((await call(op.session, cid, "i=9111", ackArgs(enabled))).name).toBe("Good");
      await waitFor("the acked event", () => mon.events.slice(beforeEnable).find((e) => sameCondition(e, cid) && e["AckedState.Id"] === true));

      // The same for an off-normal alarm (node-opcua only re-evaluates limit alarms by itself).
      const fault = await waitFor("the cabinet's supply-fault alarm", () =>
        mon.events.find((e) => String(e.ConditionName) === "SupplyFaultAlarm" && e["ActiveState.Id"] === true),
      );
      const fid = String(fault.ConditionId);
      expect((await call(sup.session, fid, "i=9028")).name).toBe("Good");
      const beforeFaultEnable = mon.events.length;
      expect((await call(sup.session, fid, "i=9027")).name).toBe("Good");
      const back = await waitFor("the off-normal alarm's Enabled event", () =>
        mon.events.slice(beforeFaultEnable).find((e) => sameCondition(e, fid) && e["EnabledState.Id"] === true),
      );
      expect(back.Retain).toBe(true);
      expect(back["ActiveState.Id"]).toBe(true);
    } finally {
      await maint.close();
      await op.close();
      await mon.subscription.terminate();
    }
  });
});
