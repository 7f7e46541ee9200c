/**
 * Objects/Simulation: the trainer's handle on the running simulation over OPC UA. Not a service
 * folder; clients following the asset convention skip it.
 */
import { DataType, StatusCodes, type AddressSpace, type Namespace, type UAObject, type UAVariable, type Variant, type ISessionContext } from "node-opcua";
import { SCENARIO_NAMES } from "./scenarios";

export interface SimulationControls {
  startScenario(name: string): void;
  reset(): void;
  activeScenarios(): string[];
}

export interface SimulationObject {
  node: UAObject;
  update(t: number): void;
}

export function addSimulationObject(addressSpace: AddressSpace, ns: Namespace, controls: SimulationControls, info: { seed: number; timeScale: number }): SimulationObject {
  const node = ns.addObject({
    nodeId: "s=Simulation",
    browseName: "Simulation",
    displayName: "Simulation",
    description: "Simulator control: scenarios, reset, simulated clock. Not a field asset.",
    organizedBy: addressSpace.rootFolder.objects,
  });
  const time: UAVariable = ns.addVariable({
    nodeId: "s=Simulation.SimulationTime",
    browseName: "SimulationTime",
    componentOf: node,
    dataType: DataType.DateTime,
    minimumSamplingInterval: 0,
    value: { dataType: DataType.DateTime, value: new Date() },
  });
  const active: UAVariable = ns.addVariable({
    nodeId: "s=Simulation.ActiveScenarios",
    browseName: "ActiveScenarios",
    componentOf: node,
    dataType: DataType.String,
    valueRank: 1,
    minimumSamplingInterval: 0,
    value: { dataType: DataType.String, arrayType: 1, value: [] } as never,
  });
  ns.addVariable({
    nodeId: "s=Simulation.Scenarios",
    browseName: "Scenarios",
    propertyOf: node,
    dataType: DataType.String,
    valueRank: 1,
    value: { dataType: DataType.String, arrayType: 1, value: [...SCENARIO_NAMES] } as never,
  });
  ns.addVariable({ nodeId: "s=Simulation.Seed", browseName: "Seed", propertyOf: node, dataType: DataType.UInt32, value: { dataType: DataType.UInt32, value: info.seed } });
  ns.addVariable({ nodeId: "s=Simulation.TimeScale", browseName: "TimeScale", propertyOf: node, dataType: DataType.Double, value: { dataType: DataType.Double, value: info.timeScale } });

  const start = ns.addMethod(node, {
    nodeId: "s=Simulation.StartScenario",
    browseName: "StartScenario",
    inputArguments: [{ name: "name", description: { text: `One of: ${SCENARIO_NAMES.join(", ")}` }, dataType: DataType.String }],
    outputArguments: [],
  });
  start.bindMethod(async (inputArguments: Variant[], _context: ISessionContext) => {
    try {
      controls.startScenario(String(inputArguments[0]?.value ?? ""));
      return { statusCode: StatusCodes.Good, outputArguments: [] };
    } catch {
      return { statusCode: StatusCodes.BadInvalidArgument };
    }
  });
  const reset = ns.addMethod(node, { nodeId: "s=Simulation.Reset", browseName: "Reset", inputArguments: [], outputArguments: [] });
  reset.bindMethod(async (_inputArguments: Variant[], _context: ISessionContext) => {
    controls.reset();
    return { statusCode: StatusCodes.Good, outputArguments: [] };
  });

  let lastActive = "";
  return {
    node,
    update(t: number) {
      time.setValueFromSource({ dataType: DataType.DateTime, value: new Date(t) }, StatusCodes.Good, new Date(t));
      const names = controls.activeScenarios();
      const key = names.join("\n");
      if (key !== lastActive) {
        lastActive = key;
        active.setValueFromSource({ dataType: DataType.String, arrayType: 1, value: names } as never);
      }
    },
  };
}
