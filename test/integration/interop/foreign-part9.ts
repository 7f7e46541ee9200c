/**
 * The Part 9 cases a server that is not ours brings, added to the foreign water server for the
 * interop tests (test/integration/interop/part9-*.test.ts); plain node-opcua, none of our
 * simulator's code:
 * - a condition whose SourceNode is the Server object (i=2253): the link to the central system;
 * - a condition that starts disabled (a level alarm on a reservoir being commissioned);
 * - a ConditionRefresh that gives every retained condition and branch a new EventId and tells only
 *   the caller's subscription (Part 9 sends refresh events to the caller only; node-opcua sends them
 *   to everyone and keeps the EventIds), switched on and off by the test;
 * - without the notifier hierarchy: a refresh that still finds every condition (node-opcua walks
 *   HasNotifier/HasEventSource from the Server object and would find none).
 */
import {
  DataType,
  EventFilter,
  NodeId,
  StatusCodes,
  type AddressSpace,
  type CallbackT,
  type CallMethodResultOptions,
  type ISessionContext,
  type Namespace,
  type UAAlarmConditionEx,
  type UAObject,
  type Variant,
} from "node-opcua";

export interface Part9Options {
  /** No HasNotifier/HasEventSource chain from the Server object down to the equipment. */
  noNotifierHierarchy?: boolean;
}

export const P9 = {
  diagnostics: "ns=1;s=Diagnostics",
  linkDown: "ns=1;s=Diagnostics.ScadaLinkDown",
  serverAlarm: "ns=1;s=Diagnostics.ScadaLinkLost",
  reservoirLevel: "ns=1;s=Network.ReservoirLevel",
  reservoirAlarm: "ns=1;s=Network.ReservoirLevelHigh",
} as const;

export interface Part9Controls {
  /** Every later ConditionRefresh renews the EventIds of what it resends, and only the caller hears of it. */
  renewEventIdsOnRefresh(on: boolean): void;
  /** Enables or disables a condition as the server's own operator would. */
  setEnabled(conditionId: string, enabled: boolean): void;
}

interface Snapshot {
  getRetain(): boolean;
  renewEventId(): void;
  _constructEventData(): unknown;
}
interface MonitoredItemInternals {
  node: unknown;
  filter: unknown;
  _on_opcua_event(eventData: unknown): void;
}
interface SessionInternals {
  getSubscription(id: number): { monitoredItems: Map<number, MonitoredItemInternals> } | null;
}
type MethodBody = (this: unknown, inputArguments: Variant[], context: ISessionContext, callback: CallbackT<CallMethodResultOptions>) => void;

export function addPart9Cases(addressSpace: AddressSpace, ns: Namespace, network: UAObject, options: Part9Options): Part9Controls {
  const server = addressSpace.rootFolder.objects.server;
  const conditions: UAAlarmConditionEx[] = [];

  const diagnostics = ns.addObject({ nodeId: "s=Diagnostics", browseName: "Diagnostics", organizedBy: addressSpace.rootFolder.objects });
  const linkDown = ns.addVariable({ nodeId: "s=Diagnostics.ScadaLinkDown", browseName: "ScadaLinkDown", componentOf: diagnostics, dataType: "Boolean", value: { dataType: DataType.Boolean, value: false } });
  const normal = ns.addVariable({ nodeId: "s=Diagnostics.ScadaLinkDown.Normal", browseName: "Normal", componentOf: diagnostics, dataType: "Boolean", value: { dataType: DataType.Boolean, value: false } });
  conditions.push(
    ns.instantiateOffNormalAlarm({
      nodeId: "s=Diagnostics.ScadaLinkLost",
      browseName: "ScadaLinkLost",
      componentOf: diagnostics,
      conditionSource: server,
      inputNode: linkDown,
      normalState: normal,
    }) as unknown as UAAlarmConditionEx,
  );

  const level = ns.addVariable({
    nodeId: "s=Network.ReservoirLevel",
    browseName: "ReservoirLevel",
    componentOf: network,
    // node-opcua raises a variable's condition through the one object it is an event source of.
    eventSourceOf: network,
    dataType: "Double",
    value: { dataType: DataType.Double, value: 3 },
  });
  const reservoir = ns.instantiateExclusiveLimitAlarm("ExclusiveLimitAlarmType", {
    nodeId: "s=Network.ReservoirLevelHigh",
    browseName: "ReservoirLevelHigh",
    componentOf: network,
    conditionSource: level,
    inputNode: level,
    highLimit: 8,
    lowLimit: 0.5,
  }) as unknown as UAAlarmConditionEx;
  // Being commissioned: out of service from the start.
  reservoir.setEnabledState(false);
  conditions.push(reservoir);

  const all = () => {
    const found: UAAlarmConditionEx[] = [];
    for (const id of ["s=PS_Medosevac.Pump1.MotorTemperatureHigh", "s=Network.LeakageHigh", "s=Diagnostics.ScadaLinkLost", "s=Network.ReservoirLevelHigh"]) {
      const node = addressSpace.findNode(`ns=${ns.index};${id}`) as UAAlarmConditionEx | null;
      if (node) found.push(node);
    }
    return found;
  };

  if (options.noNotifierHierarchy) {
    // A server that knows its conditions without the hierarchy: its refresh resends all of them.
    (server as unknown as { _conditionRefresh(): void })._conditionRefresh = () => {
      for (const c of all()) (c as unknown as { _resend_conditionEvents(): void })._resend_conditionEvents();
    };
  }

  let renewing = false;
  const refreshMethod = addressSpace.findObjectType("ConditionType")!.getMethodByName("ConditionRefresh")!;
  const stock = (refreshMethod as unknown as { _asyncExecutionFunction: MethodBody })._asyncExecutionFunction;
  refreshMethod.bindMethod(function (this: unknown, inputArguments: Variant[], context: ISessionContext, callback: CallbackT<CallMethodResultOptions>) {
    if (!renewing) return stock.call(this, inputArguments, context, callback);
    const subscription = (context.session as unknown as SessionInternals | undefined)?.getSubscription(Number(inputArguments[0]?.value));
    if (!subscription) return callback(null, { statusCode: StatusCodes.BadSubscriptionIdInvalid });
    const items = [...subscription.monitoredItems.values()].filter((m) => m.node === server && m.filter instanceof EventFilter);
    const send = (eventData: unknown) => items.forEach((m) => m._on_opcua_event(eventData));
    const marker = (type: string) =>
      addressSpace.constructEventData(addressSpace.findEventType(type)!, {
        $eventDataSource: addressSpace.findEventType(type)!,
        sourceNode: { dataType: DataType.NodeId, value: server.nodeId },
      } as never);
    send(marker("RefreshStartEventType"));
    for (const c of all()) {
      if (!c.getEnabledState()) continue;
      const snapshots = [c.currentBranch(), ...c.getBranches()] as unknown as Snapshot[];
      for (const branch of snapshots) {
        if (!branch.getRetain()) continue;
        branch.renewEventId();
        send(branch._constructEventData());
      }
    }
    send(marker("RefreshEndEventType"));
    callback(null, { statusCode: StatusCodes.Good });
  });

  return {
    renewEventIdsOnRefresh: (on) => (renewing = on),
    setEnabled(conditionId, enabled) {
      const node = addressSpace.findNode(NodeId.resolveNodeId(conditionId)) as UAAlarmConditionEx | null;
      if (!node) throw new Error(`no condition ${conditionId}`);
      node.setEnabledState(enabled);
    },
  };
}
