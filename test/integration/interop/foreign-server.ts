/**
 * An OPC UA server that is not ours: plain node-opcua, none of our simulator's code, and none of
 * its asset convention (no service folders, no Service/AssetType/District/Latitude/Longitude
 * properties). It looks like a water utility's SCADA server:
 *
 *   Objects/WaterUtility (ns=1;s=WaterUtility)
 *     Stations/PS_Medosevac          an Object: Pressure (AnalogItem, bar, 0–10), Flow (i=5001,
 *                                    no unit), PumpRunning (i=5002, Boolean)
 *       Pump1/MotorTemperature       AnalogItem °C; an ExclusiveLimitAlarm has it as SourceNode
 *     Network/TotalLeakage           a NonExclusiveLevelAlarm whose source is in no station
 *     Meters                         1,200 variables: a browse needs continuation points
 *
 * Users: engineer, operator and a station account, by user name and password; SignAndEncrypt
 * with its own PKI, trusting only the client certificates a test hands it.
 *
 * With `part9`, the Part 9 cases of foreign-part9.ts as well (a condition on the Server object, one
 * that starts disabled, a refresh that renews EventIds), optionally without the notifier hierarchy.
 */
import fs from "node:fs";
import path from "node:path";
import {
  DataType,
  MessageSecurityMode,
  OPCUACertificateManager,
  OPCUAServer,
  SecurityPolicy,
  standardUnits,
  StatusCodes,
  type UAObject,
  type UAVariable,
} from "node-opcua";
import { addPart9Cases, type Part9Controls, type Part9Options } from "./foreign-part9";

export const FOREIGN_USERS = {
  station: "station-pass",
  engineer: "engineer-pass",
  operator: "operator-pass",
} as const;

export const METER_COUNT = 1200;
/** The node ids a test names; string and numeric ones, as real servers mix them. */
export const N = {
  station: "ns=1;s=PS_Medosevac",
  pressure: "ns=1;s=PS_Medosevac.Pressure",
  flow: "ns=1;i=5001",
  pumpRunning: "ns=1;i=5002",
  pump: "ns=1;s=PS_Medosevac.Pump1",
  motorTemperature: "ns=1;s=PS_Medosevac.Pump1.MotorTemperature",
  motorAlarm: "ns=1;s=PS_Medosevac.Pump1.MotorTemperatureHigh",
  leakage: "ns=1;s=Network.TotalLeakage",
  leakageAlarm: "ns=1;s=Network.LeakageHigh",
  meters: "ns=1;s=Meters",
} as const;

export interface ForeignServer {
  endpointUrl: string;
  certificateFile: string;
  trustClientCertificate(file: string): Promise<void>;
  /** Writes a variable's value as the field would (alarms evaluate their inputs on change). */
  set(nodeId: string, value: number | boolean): void;
  /** The Part 9 cases' switches; null unless the server was started with `part9`. */
  part9: Part9Controls | null;
  stop(): Promise<void>;
}

function derOf(file: string): Buffer {
  const text = fs.readFileSync(file, "latin1");
  if (!text.includes("-----BEGIN CERTIFICATE-----")) return fs.readFileSync(file);
  return Buffer.from(text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, ""), "base64");
}

export interface ForeignServerOptions {
  part9?: Part9Options;
  /** A vendor's hook on every method call (an audit log, say): a node-opcua method-call interceptor. */
  callHook?: boolean;
}

export async function startForeignServer(pkiDir: string, options: ForeignServerOptions = {}): Promise<ForeignServer> {
  const hierarchy = !options.part9?.noNotifierHierarchy;
  fs.mkdirSync(pkiDir, { recursive: true });
  const serverCertificateManager = new OPCUACertificateManager({ rootFolder: pkiDir, automaticallyAcceptUnknownCertificate: false });
  await serverCertificateManager.initialize();
  const server = new OPCUAServer({
    port: 0,
    hostname: "127.0.0.1",
    host: "127.0.0.1",
    resourcePath: "/Water",
    serverCertificateManager,
    certificateFile: path.join(pkiDir, "own", "certs", "certificate.pem"),
    securityPolicies: [SecurityPolicy.Basic256Sha256],
    securityModes: [MessageSecurityMode.SignAndEncrypt],
    allowAnonymous: false,
    userManager: {
      isValidUser: (user: string, password: string) => FOREIGN_USERS[user as keyof typeof FOREIGN_USERS] === password,
    },
    serverInfo: { applicationUri: "urn:foreign-water-scada", productUri: "urn:foreign-water-scada", applicationName: { text: "Water SCADA", locale: "en" } },
  });
  await server.initialize();
  const addressSpace = server.engine.addressSpace!;
  addressSpace.installAlarmsAndConditionsService();
  const ns = addressSpace.getOwnNamespace();
  const objects = addressSpace.rootFolder.objects;

  // Part 9's event hierarchy, as a SCADA server keeps it: areas are notifiers of the Server
  // object, equipment an event source of its area; ConditionRefresh walks it to find conditions.
  const server0 = addressSpace.rootFolder.objects.server;
  const folder = (id: string, name: string, parent: UAObject) =>
    ns.addObject({ nodeId: `s=${id}`, browseName: name, typeDefinition: "FolderType", organizedBy: parent, ...(hierarchy ? { notifierOf: parent === objects ? server0 : parent } : {}), eventNotifier: 1 });
  const utility = folder("WaterUtility", "WaterUtility", objects);
  const stations = folder("Stations", "Stations", utility);
  const station = ns.addObject({ nodeId: `s=PS_Medosevac`, browseName: "PS_Medosevac", displayName: "PS Medoševac", organizedBy: stations, ...(hierarchy ? { eventSourceOf: stations } : {}), eventNotifier: 1 });
  ns.addAnalogDataItem({
    nodeId: "s=PS_Medosevac.Pressure",
    browseName: "Pressure",
    componentOf: station,
    dataType: "Double",
    engineeringUnits: standardUnits.bar,
    engineeringUnitsRange: { low: 0, high: 10 },
    value: { dataType: DataType.Double, value: 4.2 },
  });
  ns.addVariable({ nodeId: "i=5001", browseName: "Flow", componentOf: station, dataType: "Double", value: { dataType: DataType.Double, value: 118.5 } });
  ns.addVariable({ nodeId: "i=5002", browseName: "PumpRunning", componentOf: station, dataType: "Boolean", value: { dataType: DataType.Boolean, value: true } });

  const pump = ns.addObject({ nodeId: "s=PS_Medosevac.Pump1", browseName: "Pump1", componentOf: station, ...(hierarchy ? { eventSourceOf: station } : {}), eventNotifier: 1 });
  const motor = ns.addAnalogDataItem({
    nodeId: "s=PS_Medosevac.Pump1.MotorTemperature",
    browseName: "MotorTemperature",
    componentOf: pump,
    eventSourceOf: pump,
    dataType: "Double",
    engineeringUnits: standardUnits.degree_celsius,
    engineeringUnitsRange: { low: -20, high: 150 },
    value: { dataType: DataType.Double, value: 60 },
  });
  ns.instantiateExclusiveLimitAlarm("ExclusiveLimitAlarmType", {
    nodeId: "s=PS_Medosevac.Pump1.MotorTemperatureHigh",
    browseName: "MotorTemperatureHigh",
    componentOf: pump,
    conditionSource: motor,
    inputNode: motor,
    highHighLimit: 95,
    highLimit: 80,
    lowLimit: -10,
  });

  const network = folder("Network", "Network", utility);
  const leakage = ns.addVariable({
    nodeId: "s=Network.TotalLeakage",
    browseName: "TotalLeakage",
    componentOf: network,
    eventSourceOf: network,
    dataType: "Double",
    value: { dataType: DataType.Double, value: 2 },
  });
  ns.instantiateNonExclusiveLimitAlarm("NonExclusiveLevelAlarmType", {
    nodeId: "s=Network.LeakageHigh",
    browseName: "LeakageHigh",
    componentOf: network,
    conditionSource: leakage,
    inputNode: leakage,
    highLimit: 10,
    lowLimit: -1,
  });

  const meters = folder("Meters", "Meters", utility);
  for (let i = 1; i <= METER_COUNT; i++) {
    ns.addVariable({ nodeId: `i=${10_000 + i}`, browseName: `Meter_${String(i).padStart(4, "0")}`, componentOf: meters, dataType: "Double", value: { dataType: DataType.Double, value: i } });
  }

  const part9 = options.part9 ? addPart9Cases(addressSpace, ns, network, options.part9) : null;
  if (options.callHook) addressSpace.addMethodCallInterceptor(() => StatusCodes.Good);

  await server.start();
  return {
    part9,
    endpointUrl: server.getEndpointUrl(),
    certificateFile: server.certificateFile,
    trustClientCertificate: (file) => serverCertificateManager.trustCertificate(derOf(file)),
    set(nodeId, value) {
      const node = addressSpace.findNode(nodeId) as UAVariable | null;
      if (!node) throw new Error(`no node ${nodeId}`);
      node.setValueFromSource({ dataType: typeof value === "boolean" ? DataType.Boolean : DataType.Double, value });
    },
    async stop() {
      await server.shutdown(0);
      await serverCertificateManager.dispose();
    },
  };
}
