/**
 * Operator commands on the field network: a lighting cabinet switched on or off by hand, a
 * pump's fault reset, a signal controller's mode. A command variable is writable (AccessLevel
 * CurrentWrite) and lists what may be written in its `CommandValues` property (String array);
 * everything else in the address space stays read-only.
 *
 * A write is judged here before node-opcua stores it: the caller's role (the `command`
 * permission; a read-only station account never commands), then the value (BadOutOfRange for one
 * the command does not take; node-opcua itself answers BadTypeMismatch for a wrong type). What a
 * command changes is kept per asset and laid over the computed values on every sample, so the
 * plant reacts (the cabinet's power, the pump's fault and its alarm) until the command is undone.
 */
import {
  DataType,
  StatusCodes,
  type DataValue,
  type ISessionContext,
  type Namespace,
  type StatusCode,
  type UAVariable,
} from "node-opcua";
import { roleOf } from "./access";
import type { BuiltAsset } from "./address-space";
import type { AssetSpec, TagSpec, TagValue } from "./model";
import { clamp, round } from "./numbers";
import type { Role, SimulatorUser } from "./users";

/** One accepted or refused write, as the server saw it (tests check who it was). */
export interface CommandRecord {
  nodeId: string;
  /** The session's user name; null for anonymous or in-process writes. */
  user: string | null;
  value: TagValue;
  status: string;
}

/** What a command left standing on one asset: tag name → the commanded value. */
type Overrides = Map<string, TagValue>;

export class CommandBook {
  private readonly overrides = new Map<string, Overrides>();
  /** Writes in arrival order, at most the last 200. */
  readonly log: CommandRecord[] = [];

  constructor(
    private readonly users: SimulatorUser[],
    private readonly allowed: readonly Role[],
    private readonly anonymousRole: Role | null,
    /** The asset must be sampled again now, so the command shows at once. */
    private readonly resample: (asset: BuiltAsset) => void,
  ) {}

  /** Adds the CommandValues property and the write guard to every command tag of an asset. */
  install(ns: Namespace, asset: BuiltAsset): void {
    for (const tag of asset.spec.tags) {
      if (!tag.command) continue;
      const variable = asset.variables.get(tag.name)!;
      ns.addVariable({
        nodeId: `${variable.nodeId.toString().replace(/^ns=\d+;/, "")}.CommandValues`,
        browseName: "CommandValues",
        propertyOf: variable,
        dataType: DataType.String,
        valueRank: 1,
        value: { dataType: DataType.String, value: [...tag.command.values] },
      });
      this.guard(variable, asset, tag, tag.command.values);
    }
  }

  /** The computed values of one sample with the asset's standing commands laid over them. */
  apply(spec: AssetSpec, values: Record<string, TagValue>): Record<string, TagValue> {
    const standing = this.overrides.get(spec.id);
    if (!standing || standing.size === 0) return values;
    const out = { ...values };
    EFFECTS[spec.type]?.(out, standing);
    return out;
  }

  private guard(variable: UAVariable, asset: BuiltAsset, tag: TagSpec, accepted: readonly string[]): void {
    const store = variable.writeValue.bind(variable) as (context: ISessionContext, dataValue: DataValue, ...rest: unknown[]) => void;
    // node-opcua calls writeValue for every Write service request on this node: judge it first.
    (variable as { writeValue: unknown }).writeValue = (context: ISessionContext, dataValue: DataValue, ...rest: unknown[]) => {
      const callback = rest[rest.length - 1] as (err: Error | null, status?: StatusCode) => void;
      const user = context.getUserName?.() || null;
      const value = dataValue.value?.value as TagValue;
      const answer = (status: StatusCode) => {
        this.record({ nodeId: variable.nodeId.toString(), user: context.session ? user : null, value, status: status.name });
        callback(null, status);
      };
      if (context.session) {
        const role = roleOf(context, this.users, this.anonymousRole);
        if (!role || !this.allowed.includes(role)) return answer(StatusCodes.BadUserAccessDenied);
      }
      // A wrong type is node-opcua's to refuse (BadTypeMismatch); a right type must be a value the command takes.
      if (typeof value === expectedType(tag) && !accepted.includes(String(value))) return answer(StatusCodes.BadOutOfRange);
      store(context, dataValue, ...rest.slice(0, -1), (err: Error | null, status?: StatusCode) => {
        if (!err && status?.isGood()) this.take(asset, tag.name, value);
        if (err) return callback(err, status);
        answer(status ?? StatusCodes.BadInternalError);
      });
    };
  }

  private take(asset: BuiltAsset, tagName: string, value: TagValue): void {
    const standing = this.overrides.get(asset.spec.id) ?? new Map<string, TagValue>();
    // A command back to the automatic course leaves nothing standing.
    if (RELEASES[asset.spec.type]?.[tagName] === value) standing.delete(tagName);
    else standing.set(tagName, value);
    this.overrides.set(asset.spec.id, standing);
    // The next sample must write every tag again, the written one included.
    asset.last.clear();
    this.resample(asset);
  }

  private record(entry: CommandRecord): void {
    this.log.push(entry);
    if (this.log.length > 200) this.log.shift();
  }
}

function expectedType(tag: TagSpec): "boolean" | "number" | "string" {
  return tag.kind === "boolean" ? "boolean" : tag.kind === "text" ? "string" : "number";
}

/** Commanded values that hand the tag back to the plant's own logic. */
const RELEASES: Record<string, Record<string, TagValue>> = {
  LightingCabinet: { Mode: "Auto" },
  SignalController: { Mode: "Normal" },
};

/** How each asset type's computed values follow its standing commands. */
const EFFECTS: Record<string, (values: Record<string, TagValue>, standing: Overrides) => void> = {
  LightingCabinet(v, standing) {
    const mode = standing.get("Mode");
    if (mode === undefined) return;
    v.Mode = mode;
    const supplied = v.SupplyFault !== true;
    if (mode === "ManualOn") {
      v.Energised = supplied;
      // Switched on by day: every working lamp at full power (about 90 W each, old and new mixed).
      if (supplied && Number(v.Power) < 0.5) v.Power = round(clamp((Number(v.LampCount) - Number(v.FailedLamps)) * 0.09, 0, 60), 2);
    } else if (mode === "ManualOff") {
      v.Energised = false;
      v.Power = supplied ? 0.04 : 0;
    }
  },
  SignalController(v, standing) {
    const mode = standing.get("Mode");
    if (mode !== undefined) v.Mode = mode;
  },
  PumpingStation(v, standing) {
    if (!standing.has("PumpFault")) return;
    if (v.PumpFault !== true) {
      // The trip is over by itself: the reset has nothing left to hold.
      standing.delete("PumpFault");
      return;
    }
    // Reset: the duty pump restarts, and the pressure it was missing comes back.
    v.PumpFault = false;
    v.Pump1Running = true;
    v.Pressure = round(clamp(Number(v.Pressure) + 1.4, 0, 10), 2);
  },
};
