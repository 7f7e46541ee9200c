/**
 * A plain node-opcua server for the benchmarks, following the asset convention
 * (main/simulator/README.md) so the core discovers it like any site server: one service folder,
 * `assets` assets of `tagsPerAsset` Double tags each plus one String tag `Marker` the latency
 * bench writes, and `alarms` AlarmConditionType conditions spread over the assets. Every Double
 * tag changes at `changeHz` when asked (`startChanging`); the achieved rate is counted, because
 * at large sizes the server itself is the limit. Security None, anonymous: the benchmarks measure
 * the client side, not the crypto.
 */
import { DataType, MessageSecurityMode, OPCUAServer, SecurityPolicy, StatusCodes, type UAAlarmConditionEx, type UAObject, type UAVariable } from "node-opcua";
import { SITE_NAMESPACE_URI } from "../../../main/simulator";

export interface BenchServerOptions {
  assets: number;
  tagsPerAsset: number;
  alarms: number;
}

export interface BenchServer {
  endpointUrl: string;
  tags: number;
  startChanging(hz: number): void;
  stopChanging(): void;
  /** Value changes made per second since the last call (or since changing started). */
  takeRate(): { changesPerSecond: number; lateTicks: number };
  /** Sets one asset's Marker tag; returns Date.now() at the moment of the change. */
  setMarker(asset: number, text: string): number;
  /** Raises `count` alarms spread evenly over `withinMs`; resolves with the time of the last. */
  raiseAlarms(count: number, withinMs: number): Promise<number>;
  ackedCount(): number;
  /** Condition NodeIds and current EventIds (hex) of up to `count` raised, unacknowledged alarms, from the end. */
  unacked(count: number): { conditionId: string; eventId: string }[];
  /** Flips alarms active/inactive round-robin at `perSecond` (in 100 ms steps) until stopToggling. */
  startToggling(perSecond: number): void;
  /** Stops; the flips made and over how long (the server may not keep up). */
  stopToggling(): { toggles: number; seconds: number };
  stop(): Promise<void>;
}

export async function startBenchServer(opts: BenchServerOptions): Promise<BenchServer> {
  const server = new OPCUAServer({
    port: 0,
    hostname: "127.0.0.1",
    host: "127.0.0.1",
    resourcePath: "/UA/Bench",
    securityModes: [MessageSecurityMode.None],
    securityPolicies: [SecurityPolicy.None],
    allowAnonymous: true,
    maxConnectionsPerEndpoint: 20,
    serverCapabilities: { maxSessions: 20, maxMonitoredItems: 1_000_000, maxMonitoredItemsPerSubscription: 1_000_000 },
    isAuditing: false,
  });
  await server.initialize();
  const addressSpace = server.engine.addressSpace!;
  addressSpace.installAlarmsAndConditionsService();
  const ns = addressSpace.registerNamespace(SITE_NAMESPACE_URI);
  const folder = ns.addObject({
    nodeId: "s=water",
    browseName: "water",
    displayName: "Vodovod (bench)",
    typeDefinition: "FolderType",
    organizedBy: addressSpace.rootFolder.objects,
    notifierOf: addressSpace.findNode("i=2253") as UAObject,
    eventNotifier: 1,
  });
  const doubles: UAVariable[] = [];
  const markers: UAVariable[] = [];
  const assetNodes: UAObject[] = [];
  for (let a = 0; a < opts.assets; a++) {
    const base = `water.B-${a}`;
    const node = ns.addObject({ nodeId: `s=${base}`, browseName: `B-${a}`, displayName: `Bench ${a}`, organizedBy: folder, eventSourceOf: folder, eventNotifier: 1 });
    const prop = (name: string, dataType: DataType, value: string | number) =>
      ns.addVariable({ nodeId: `s=${base}.${name}`, browseName: name, propertyOf: node, dataType, value: { dataType, value } });
    prop("Service", DataType.String, "water");
    prop("AssetType", DataType.String, "PressureZone");
    prop("District", DataType.String, "Medijana");
    // Spread over the city so a map has something to cluster.
    prop("Latitude", DataType.Double, 43.28 + ((a * 7919) % 1000) / 12_500);
    prop("Longitude", DataType.Double, 21.83 + ((a * 104_729) % 1000) / 7_000);
    for (let t = 0; t < opts.tagsPerAsset; t++) {
      const v = ns.addVariable({ nodeId: `s=${base}.T${t}`, browseName: `T${t}`, componentOf: node, dataType: "Double" });
      v.setValueFromSource({ dataType: DataType.Double, value: 0 }, StatusCodes.Good);
      doubles.push(v);
    }
    const marker = ns.addVariable({ nodeId: `s=${base}.Marker`, browseName: "Marker", componentOf: node, dataType: "String" });
    marker.setValueFromSource({ dataType: DataType.String, value: "-" }, StatusCodes.Good);
    markers.push(marker);
    assetNodes.push(node);
  }
  const alarms: UAAlarmConditionEx[] = [];
  for (let i = 0; i < opts.alarms; i++) {
    const a = Math.floor((i * opts.assets) / opts.alarms);
    alarms.push(
      ns.instantiateAlarmCondition("AlarmConditionType", {
        nodeId: `s=water.B-${a}.Alarm${i}`,
        browseName: `Alarm${i}`,
        conditionName: `Alarm${i}`,
        componentOf: assetNodes[a]!,
        conditionSource: assetNodes[a]!,
        inputNode: markers[a]!,
      }),
    );
  }
  await server.start();

  let timer: NodeJS.Timeout | null = null;
  let changes = 0;
  let lateTicks = 0;
  let since = performance.now();
  let round = 0;
  let toggler: NodeJS.Timeout | null = null;
  let toggles = 0;
  let toggleSince = 0;
  let nextAlarm = 0;
  return {
    endpointUrl: server.getEndpointUrl(),
    tags: doubles.length + markers.length,
    startChanging(hz) {
      const period = 1000 / hz;
      let next = performance.now() + period;
      const tick = () => {
        round++;
        const now = new Date();
        for (let i = 0; i < doubles.length; i++) doubles[i]!.setValueFromSource({ dataType: DataType.Double, value: round + i / 1e6 }, StatusCodes.Good, now);
        changes += doubles.length;
        next += period;
        const wait = next - performance.now();
        // A tick that overran its period starts the next at once: the rate then shows the limit.
        if (wait < 0) {
          lateTicks++;
          next = performance.now();
        }
        timer = setTimeout(tick, Math.max(0, wait));
      };
      since = performance.now();
      timer = setTimeout(tick, period);
    },
    stopChanging() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
    takeRate() {
      const now = performance.now();
      const r = { changesPerSecond: changes / ((now - since) / 1000), lateTicks };
      changes = 0;
      lateTicks = 0;
      since = now;
      return r;
    },
    setMarker(asset, text) {
      const t = Date.now();
      markers[asset]!.setValueFromSource({ dataType: DataType.String, value: text }, StatusCodes.Good, new Date(t));
      return t;
    },
    async raiseAlarms(count, withinMs) {
      const batches = Math.max(1, Math.ceil(withinMs / 100));
      const per = Math.ceil(count / batches);
      let raised = 0;
      let last = Date.now();
      while (raised < count) {
        const until = Math.min(count, raised + per);
        for (; raised < until; raised++) {
          const alarm = alarms[raised % alarms.length]!;
          alarm.activateAlarm();
          alarm.raiseNewCondition({ message: `Bench alarm ${raised}`, severity: 300 + (raised % 700), quality: StatusCodes.Good, retain: true });
        }
        last = Date.now();
        if (raised < count) await new Promise((r) => setTimeout(r, 100));
      }
      return last;
    },
    // Only raised (active) alarms count: a condition never raised has nothing to acknowledge.
    ackedCount: () => alarms.reduce((n, a) => n + (a.currentBranch().getActiveState() && a.currentBranch().getAckedState() ? 1 : 0), 0),
    unacked(count) {
      const out: { conditionId: string; eventId: string }[] = [];
      for (let i = alarms.length - 1; i >= 0 && out.length < count; i--) {
        const b = alarms[i]!.currentBranch();
        if (b.getActiveState() && !b.getAckedState()) out.push({ conditionId: alarms[i]!.nodeId.toString(), eventId: b.getEventId().toString("hex") });
      }
      return out;
    },
    startToggling(perSecond) {
      toggles = 0;
      toggleSince = performance.now();
      const step = Math.max(1, Math.round(perSecond / 10));
      toggler = setInterval(() => {
        for (let k = 0; k < step; k++) {
          const alarm = alarms[nextAlarm++ % alarms.length]!;
          const on = !alarm.currentBranch().getActiveState();
          if (on) alarm.activateAlarm();
          else alarm.deactivateAlarm(false);
          alarm.raiseNewCondition({ message: on ? "Bench alarm" : "Bench alarm back to normal", severity: on ? 800 : 300, quality: StatusCodes.Good, retain: on });
          toggles++;
        }
      }, 100);
    },
    stopToggling() {
      if (toggler) clearInterval(toggler);
      toggler = null;
      return { toggles, seconds: (performance.now() - toggleSince) / 1000 };
    },
    async stop() {
      if (timer) clearTimeout(timer);
      if (toggler) clearInterval(toggler);
      await server.shutdown(0);
    },
  };
}
