/**
 * A simulator as one server of a non-transparent redundant set (OPC UA Part 4 §6.6): the
 * Server object's ServerRedundancy says Warm or Hot and lists the set's ApplicationUris
 * (ServerUriArray), and ServiceLevel (i=2267) says how fit this server is to serve. A trainer
 * or a test lowers it (SetServiceLevel on Objects/Simulation, or RunningSimulator.setServiceLevel)
 * to make clients move to the partner.
 */
import { DataType, ObjectIds, StatusCodes, Variant, VariableIds, VariantArrayType, type AddressSpace, type Namespace, type UAObject, type UAVariable, type ISessionContext } from "node-opcua";

export type RedundancyMode = "Warm" | "Hot";

/** Part 4 RedundancySupport enumeration values. */
const REDUNDANCY_SUPPORT: Record<RedundancyMode, number> = { Warm: 2, Hot: 3 };

export interface RedundancyOptions {
  mode: RedundancyMode;
  /** The ApplicationUri of every server in the set, this one included. */
  serverUris: string[];
  /** ServiceLevel at start, 0..255; default 255 (healthy). */
  serviceLevel?: number;
}

export interface ServiceLevelControl {
  set(level: number): void;
  get(): number;
}

function checkedLevel(level: number): number {
  if (!Number.isInteger(level) || level < 0 || level > 255) throw new RangeError(`ServiceLevel must be an integer 0..255, got ${level}`);
  return level;
}

export function installRedundancy(addressSpace: AddressSpace, ns: Namespace, simulation: UAObject, opts: RedundancyOptions): ServiceLevelControl {
  let level = checkedLevel(opts.serviceLevel ?? 255);

  const serviceLevel = addressSpace.findNode(`i=${VariableIds.Server_ServiceLevel}`) as UAVariable;
  serviceLevel.bindVariable({ get: () => new Variant({ dataType: DataType.Byte, value: level }) }, true);

  const support = addressSpace.findNode(`i=${VariableIds.Server_ServerRedundancy_RedundancySupport}`) as UAVariable;
  support.setValueFromSource({ dataType: DataType.Int32, value: REDUNDANCY_SUPPORT[opts.mode] });

  // ServerUriArray belongs to NonTransparentRedundancyType; node-opcua's nodeset has the node
  // (i=11314) but the Server object's ServerRedundancy does not always point at it.
  const redundancy = addressSpace.findNode(`i=${ObjectIds.Server_ServerRedundancy}`) as UAObject;
  const uris = addressSpace.findNode(`i=${VariableIds.Server_ServerRedundancy_ServerUriArray}`) as UAVariable;
  if (!redundancy.getPropertyByName("ServerUriArray")) redundancy.addReference({ referenceType: "HasProperty", nodeId: uris.nodeId });
  uris.setValueFromSource({ dataType: DataType.String, arrayType: VariantArrayType.Array, value: [...opts.serverUris] });

  const method = ns.addMethod(simulation, {
    nodeId: "s=Simulation.SetServiceLevel",
    browseName: "SetServiceLevel",
    inputArguments: [{ name: "level", description: { text: "0..255: 0 maintenance, 1 no data, 2..199 degraded, 200..255 healthy" }, dataType: DataType.Byte }],
    outputArguments: [],
  });
  method.bindMethod(async (inputArguments: Variant[], _context: ISessionContext) => {
    try {
      level = checkedLevel(Number(inputArguments[0]?.value));
      return { statusCode: StatusCodes.Good, outputArguments: [] };
    } catch {
      return { statusCode: StatusCodes.BadOutOfRange };
    }
  });

  return {
    set(next: number) {
      level = checkedLevel(next);
    },
    get: () => level,
  };
}
