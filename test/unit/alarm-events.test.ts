import { coerceNodeId, DataType, LocalizedText, StatusCodes, Variant } from "node-opcua";
import { describe, expect, it } from "vitest";
import { alarmEventFilter, decodeConditionEvent } from "../../main/core/alarms/alarm-events";

/** Builds the field list in the filter's own order, from a few named values. */
function fields(values: Record<string, Variant>): Variant[] {
  const names = alarmEventFilter().selectClauses!.map((c) =>
    c.browsePath && c.browsePath.length ? c.browsePath.map((q) => q.name).join(".") : "ConditionId",
  );
  return names.map((n) => values[n] ?? new Variant({ dataType: DataType.Null }));
}

const nodeId = (s: string) => new Variant({ dataType: DataType.NodeId, value: coerceNodeId(s) });

describe("condition event decoding", () => {
  const base = {
    EventType: nodeId("i=9341"),
    ConditionId: nodeId("ns=2;s=water.PS-MED-01.PressureLimit"),
    Retain: new Variant({ dataType: DataType.Boolean, value: true }),
    "ActiveState.Id": new Variant({ dataType: DataType.Boolean, value: true }),
    Message: new Variant({ dataType: DataType.LocalizedText, value: new LocalizedText({ text: "<b>Pressure</b> low" }) }),
    Severity: new Variant({ dataType: DataType.UInt16, value: 800 }),
  };

  it("reads Unshelved as not shelved and the two shelved states as shelved", () => {
    const unshelved = decodeConditionEvent(fields({ ...base, "ShelvingState.CurrentState.Id": nodeId("i=2930") }));
    const timed = decodeConditionEvent(fields({ ...base, "ShelvingState.CurrentState.Id": nodeId("i=2932") }));
    const oneShot = decodeConditionEvent(fields({ ...base, "ShelvingState.CurrentState.Id": nodeId("i=2933") }));
    expect([unshelved.shelved, timed.shelved, oneShot.shelved]).toEqual([false, true, true]);
  });

  it("keeps server text as text and recognises refresh markers", () => {
    const ev = decodeConditionEvent(fields(base));
    expect(ev).toMatchObject({ kind: "condition", message: "<b>Pressure</b> low", severity: 800, active: true, retain: true });
    expect(decodeConditionEvent(fields({ EventType: nodeId("i=2787") })).kind).toBe("refreshStart");
    expect(decodeConditionEvent(fields({ EventType: nodeId("i=2788") })).kind).toBe("refreshEnd");
  });

  it("reads a limit alarm's limits and its InputNode; absent limits are null", () => {
    const double = (value: number) => new Variant({ dataType: DataType.Double, value });
    const ev = decodeConditionEvent(
      fields({ ...base, InputNode: nodeId("ns=2;s=waste.KN-MED-01.FillLevel"), HighHighLimit: double(95), HighLimit: double(85) }),
    );
    expect(ev.inputNode).toBe("ns=2;s=waste.KN-MED-01.FillLevel");
    expect(ev.limits).toEqual({ highHigh: 95, high: 85, low: null, lowLow: null });
    const plain = decodeConditionEvent(fields({ ...base, InputNode: nodeId("ns=0;i=0") }));
    expect([plain.inputNode, plain.limits]).toEqual([null, null]);
  });

  it("reads the null NodeId of any kind as no branch, and a real branch as itself", () => {
    const guid = new Variant({ dataType: DataType.NodeId, value: coerceNodeId("g=00000000-0000-0000-0000-000000000000") });
    const empty = new Variant({ dataType: DataType.NodeId, value: coerceNodeId("s=") });
    for (const BranchId of [nodeId("ns=0;i=0"), guid, empty, new Variant({ dataType: DataType.Null })]) {
      expect(decodeConditionEvent(fields({ ...base, BranchId })).branchId).toBeNull();
    }
    expect(decodeConditionEvent(fields({ ...base, BranchId: nodeId("ns=1;i=0") })).branchId).toBe("ns=1;i=0");
    expect(decodeConditionEvent(fields({ ...base, BranchId: nodeId("ns=1;g=7f4c5a1e-0000-4000-8000-000000000001") })).branchId).toBe("ns=1;g=7F4C5A1E-0000-4000-8000-000000000001");
  });

  it("a disabled condition's blanked fields (BadConditionDisabled in their place) are absent, not text", () => {
    const disabled = new Variant({ dataType: DataType.StatusCode, value: StatusCodes.BadConditionDisabled });
    const ev = decodeConditionEvent(
      fields({ ...base, "EnabledState.Id": new Variant({ dataType: DataType.Boolean, value: false }), Message: disabled, Severity: disabled, Retain: new Variant({ dataType: DataType.Boolean, value: false }), "ActiveState.Id": disabled, "AckedState.Id": disabled }),
    );
    expect(ev).toMatchObject({ enabled: false, message: "", severity: 0, active: false, retain: false });
  });
});
