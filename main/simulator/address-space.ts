/**
 * Builds the OPC UA address space from the plant, following the asset convention in README.md:
 * Objects/<service> folders, one Object per asset with its identity as properties, and its tags
 * as flat HasComponent data variables with stable string NodeIds.
 */
import {
  DataType,
  StatusCodes,
  type AddressSpace,
  type Namespace,
  type UAObject,
  type UAVariable,
} from "node-opcua";
import type { AssetSpec, ServiceKey, TagSpec, TagValue } from "./model";
import type { Plant } from "./plan";
import { SERVICES } from "./services";
import { UNITS } from "./units";

export interface BuiltAsset {
  spec: AssetSpec;
  node: UAObject;
  variables: Map<string, UAVariable>;
  /** Last value written per tag, to skip writes that change nothing. */
  last: Map<string, TagValue>;
  /**
   * False until the asset's alarms exist. Its tags stay BadWaitingForInitialData until then,
   * like an outstation still connecting, so no alarm ever judges a value before it is set up.
   */
  live: boolean;
}

export interface BuildOptions {
  /** Upper bound on historized variables; history is memory, and at 100k tags it must be rationed. */
  historyBudget: number;
  /** Samples kept per historized variable. */
  historyDepth: number;
}

export function dataTypeOf(tag: TagSpec): DataType {
  switch (tag.kind) {
    case "analog":
      return DataType.Double;
    case "boolean":
      return DataType.Boolean;
    case "integer":
      return DataType.Int32;
    case "text":
      return DataType.String;
  }
}

function placeholder(tag: TagSpec): TagValue {
  return tag.kind === "boolean" ? false : tag.kind === "text" ? "" : 0;
}

export function buildAddressSpace(addressSpace: AddressSpace, ns: Namespace, plant: Plant, options: BuildOptions): Map<string, BuiltAsset> {
  const objects = addressSpace.rootFolder.objects;
  const server = addressSpace.findNode("i=2253") as UAObject;
  const folders = new Map<ServiceKey, UAObject>();
  for (const key of plant.services) {
    folders.set(
      key,
      ns.addObject({
        nodeId: `s=${key}`,
        browseName: key,
        displayName: SERVICES[key].displayName,
        typeDefinition: "FolderType",
        organizedBy: objects,
        notifierOf: server,
        eventNotifier: 1,
      }),
    );
  }

  let historized = 0;
  const built = new Map<string, BuiltAsset>();
  for (const spec of plant.assets) {
    const base = `${spec.service}.${spec.id}`;
    const folder = folders.get(spec.service)!;
    const node = ns.addObject({
      nodeId: `s=${base}`,
      browseName: spec.id,
      displayName: spec.name,
      organizedBy: folder,
      eventSourceOf: folder,
      eventNotifier: 1,
    });
    const property = (name: string, dataType: DataType, value: string | number) =>
      ns.addVariable({
        nodeId: `s=${base}.${name}`,
        browseName: name,
        propertyOf: node,
        dataType,
        value: { dataType, value },
      });
    property("Service", DataType.String, spec.service);
    property("AssetType", DataType.String, spec.type);
    property("District", DataType.String, spec.district);
    property("Latitude", DataType.Double, spec.lat);
    property("Longitude", DataType.Double, spec.lon);

    const variables = new Map<string, UAVariable>();
    for (const tag of spec.tags) {
      const nodeId = `s=${base}.${tag.name}`;
      const dataType = dataTypeOf(tag);
      const range = tag.kind === "analog" ? tag.range : tag.kind === "integer" ? tag.range : undefined;
      const unit = tag.kind === "analog" ? tag.unit : tag.kind === "integer" ? tag.unit : undefined;
      // Only commands are writable (commands.ts judges who and what); every other tag is read-only.
      const access = tag.command
        ? ({ accessLevel: "CurrentRead | CurrentWrite", userAccessLevel: "CurrentRead | CurrentWrite" } as const)
        : ({ accessLevel: "CurrentRead", userAccessLevel: "CurrentRead" } as const);
      const variable =
        range && unit
          ? ns.addAnalogDataItem({
              nodeId,
              browseName: tag.name,
              description: tag.description,
              componentOf: node,
              dataType: dataType === DataType.Double ? "Double" : "Int32",
              engineeringUnitsRange: { low: range[0], high: range[1] },
              engineeringUnits: UNITS[unit],
              minimumSamplingInterval: 0,
              ...access,
            })
          : ns.addVariable({
              nodeId,
              browseName: tag.name,
              description: tag.description,
              componentOf: node,
              dataType,
              typeDefinition: "BaseDataVariableType",
              minimumSamplingInterval: 0,
              ...access,
            });
      // Alarms are built next and must not judge a placeholder: the first sample sets real values.
      variable.setValueFromSource({ dataType, value: placeholder(tag) }, StatusCodes.BadWaitingForInitialData);
      if (tag.historize && historized < options.historyBudget) {
        addressSpace.installHistoricalDataNode(variable, { maxOnlineValues: options.historyDepth });
        historized++;
      }
      variables.set(tag.name, variable);
    }
    built.set(spec.id, { spec, node, variables, last: new Map(), live: spec.alarms.length === 0 });
  }
  return built;
}
