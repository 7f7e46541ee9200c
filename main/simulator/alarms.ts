/**
 * OPC UA Alarms & Conditions on the plant's real variables. Each condition's source is the
 * asset object (so SourceNode/SourceName name the asset) and its input is the tag; events bubble
 * asset -> service folder -> Server object. Severities fall in four bands (see model.ts).
 */
import {
  ConditionInfo,
  DataType,
  StatusCodes,
  type DataValue,
  type Namespace,
  type UAAlarmConditionEx,
  type UAObject,
  type UAVariable,
} from "node-opcua";
import type { BuiltAsset } from "./address-space";
import { SEVERITY, type AlarmSpec, type AnalogTag, type DiscreteAlarmSpec, type LimitAlarmSpec, type OffNormalAlarmSpec } from "./model";
import { round } from "./numbers";
import { completePart9Behaviour } from "./part9-behaviour";
import { unitSymbol } from "./units";

/** Shelving longer than a shift hides a problem; Part 9's MaxTimeShelved caps TimedShelve. */
export const MAX_TIME_SHELVED_MS = 8 * 3600 * 1000;

const OPTIONALS = ["ConfirmedState", "Confirm", "ShelvingState"];

export interface BuiltAlarm {
  assetId: string;
  spec: AlarmSpec;
  node: UAAlarmConditionEx;
}

/** Values that mean "normal" for off-normal alarms, shared by all alarms that need them. */
function normalStateNodes(ns: Namespace, parent: UAObject) {
  const cache = new Map<string, UAVariable>();
  return (value: boolean | string): UAVariable => {
    const key = `${typeof value}:${value}`;
    let node = cache.get(key);
    if (!node) {
      const dataType = typeof value === "boolean" ? DataType.Boolean : DataType.String;
      node = ns.addVariable({
        nodeId: `s=Simulation.NormalState.${key}`,
        browseName: `Normal_${String(value) || "empty"}`,
        componentOf: parent,
        dataType,
        value: { dataType, value },
      });
      cache.set(key, node);
    }
    return node;
  };
}

function retainOnReturn(alarm: UAAlarmConditionEx): boolean {
  // Unacknowledged: node-opcua keeps the old state in a branch, the main branch may go.
  // Acknowledged but not confirmed: keep showing it until someone confirms (Part 9 §5.7.3).
  const branch = alarm.currentBranch();
  return branch.getAckedState() && !branch.getConfirmedState();
}

function describeLimit(spec: LimitAlarmSpec, tag: AnalogTag, state: string, value: number): { text: string; severity: number } {
  const unit = unitSymbol(tag.unit);
  const v = `${round(value, tag.decimals)}${unit ? ` ${unit}` : ""}`;
  const limits: Record<string, [number | undefined, string, "outer" | "inner"]> = {
    HighHigh: [spec.highHigh, "above high-high limit", "outer"],
    High: [spec.high, "above high limit", "inner"],
    Low: [spec.low, "below low limit", "inner"],
    LowLow: [spec.lowLow, "below low-low limit", "outer"],
  };
  const [limit, words, band] = limits[state]!;
  const l = `${round(limit ?? 0, tag.decimals)}${unit ? ` ${unit}` : ""}`;
  return { text: `${tag.name} ${v} ${words} ${l}`, severity: SEVERITY[spec[band]] };
}

/** What every condition of ours shares: its id, the asset as source, the tag as input, the optionals. */
function common(asset: BuiltAsset, spec: AlarmSpec, input: UAVariable) {
  return {
    nodeId: `s=${asset.spec.service}.${asset.spec.id}.${spec.name}`,
    browseName: spec.name,
    conditionName: spec.name,
    componentOf: asset.node,
    conditionSource: asset.node,
    inputNode: input,
    optionals: [...OPTIONALS],
    maxTimeShelved: MAX_TIME_SHELVED_MS,
  };
}

function limitAlarm(ns: Namespace, asset: BuiltAsset, spec: LimitAlarmSpec, input: UAVariable): UAAlarmConditionEx {
  const tag = asset.spec.tags.find((t) => t.name === spec.tag) as AnalogTag;
  const limits: Record<string, number> = {};
  if (spec.highHigh !== undefined) limits.highHighLimit = spec.highHigh;
  if (spec.high !== undefined) limits.highLimit = spec.high;
  if (spec.low !== undefined) limits.lowLimit = spec.low;
  if (spec.lowLow !== undefined) limits.lowLowLimit = spec.lowLow;
  const alarm = ns.instantiateExclusiveLimitAlarm("ExclusiveLimitAlarmType", {
    ...common(asset, spec, input),
    ...(limits as { highLimit: number; lowLimit: number }),
  });
  alarm.calculateConditionInfo = (stateName, isActive) => {
    const value = Number(input.readValue().value.value);
    if (!stateName || !isActive) {
      return new ConditionInfo({
        message: `${tag.name} back to normal (${round(value, tag.decimals)} ${unitSymbol(tag.unit)})`.replace(" )", ")"),
        severity: SEVERITY[spec.inner],
        quality: StatusCodes.Good,
        retain: retainOnReturn(alarm),
      });
    }
    const { text, severity } = describeLimit(spec, tag, stateName, value);
    return new ConditionInfo({ message: text, severity, quality: StatusCodes.Good, retain: true });
  };
  return alarm;
}

function offNormalAlarm(ns: Namespace, asset: BuiltAsset, spec: OffNormalAlarmSpec, input: UAVariable, normal: UAVariable): UAAlarmConditionEx {
  const alarm = ns.instantiateOffNormalAlarm({
    ...common(asset, spec, input),
    normalState: normal,
  });
  alarm.calculateConditionInfo = (_stateName, isActive) => {
    const value = input.readValue().value.value;
    return new ConditionInfo(
      isActive
        ? { message: `${spec.text}: ${spec.tag} is ${value}, normal is ${spec.normal}`, severity: SEVERITY[spec.priority], quality: StatusCodes.Good, retain: true }
        : { message: `${spec.text} cleared: ${spec.tag} is ${value}`, severity: SEVERITY[spec.priority], quality: StatusCodes.Good, retain: retainOnReturn(alarm) },
    );
  };
  return alarm;
}

/** node-opcua's DiscreteAlarm has no evaluation of its own; these are the internals OffNormal uses. */
interface DiscreteInternals {
  _onInputDataValueChange(dataValue: DataValue): void;
  _signalNewCondition(stateName: string | null, isActive: boolean, value: string): void;
}

function discreteAlarm(ns: Namespace, asset: BuiltAsset, spec: DiscreteAlarmSpec, input: UAVariable): UAAlarmConditionEx {
  const alarm = ns.instantiateDiscreteAlarm("DiscreteAlarmType", {
    ...common(asset, spec, input),
  });
  alarm.calculateConditionInfo = (_stateName, isActive, value) =>
    new ConditionInfo(
      isActive
        ? { message: `${spec.text}: ${spec.tag} is ${value}`, severity: SEVERITY[spec.priority], quality: StatusCodes.Good, retain: true }
        : { message: `${spec.text} cleared: ${spec.tag} is ${value}`, severity: SEVERITY[spec.priority], quality: StatusCodes.Good, retain: retainOnReturn(alarm) },
    );
  const internals = alarm as unknown as DiscreteInternals;
  internals._onInputDataValueChange = (dataValue: DataValue) => {
    if (!dataValue.statusCode.isGood()) return;
    const value = dataValue.value.value;
    const active = spec.activeWhen(value);
    if (active === alarm.activeState.getValue()) return;
    internals._signalNewCondition(active ? "Active" : "Inactive", active, String(value));
  };
  return alarm;
}

/**
 * Builds the alarms of these assets; each asset goes live (its tags start updating) once its
 * alarms exist. Returns the number built; stops at `budget` in total.
 */
export class AlarmBuilder {
  readonly built: BuiltAlarm[] = [];
  private readonly normalOf: (value: boolean | string) => UAVariable;

  constructor(
    private readonly ns: Namespace,
    simulationObject: UAObject,
    private readonly budget: number,
  ) {
    this.normalOf = normalStateNodes(ns, simulationObject);
  }

  build(asset: BuiltAsset): void {
    for (const spec of asset.spec.alarms) {
      if (this.built.length >= this.budget) break;
      const input = asset.variables.get(spec.tag);
      if (!input) throw new Error(`${asset.spec.id}: alarm ${spec.name} names unknown tag ${spec.tag}`);
      const node =
        spec.kind === "limit"
          ? limitAlarm(this.ns, asset, spec, input)
          : spec.kind === "offNormal"
            ? offNormalAlarm(this.ns, asset, spec, input, this.normalOf(spec.normal))
            : discreteAlarm(this.ns, asset, spec, input);
      completePart9Behaviour(node, input, spec.kind);
      // SourceName is what alarm lists show; make it the asset's human name, not its BrowseName.
      node.sourceName.setValueFromSource({ dataType: DataType.String, value: asset.spec.name });
      this.built.push({ assetId: asset.spec.id, spec, node });
    }
    asset.live = true;
  }
}
