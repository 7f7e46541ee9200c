/**
 * A plain node-opcua client for the simulator tests: sessions as a given user, browse helpers,
 * and an event monitor on the Server object that collects A&C events.
 */
import {
  AttributeIds,
  BrowseDirection,
  ClientMonitoredItem,
  constructEventFilter,
  MessageSecurityMode,
  NodeClass,
  OPCUAClient,
  OPCUACertificateManager,
  resolveNodeId,
  SecurityPolicy,
  TimestampsToReturn,
  UserTokenType,
  type ClientSession,
  type ClientSubscription,
  type Variant,
} from "node-opcua";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const EVENT_FIELDS = [
  "EventId",
  "EventType",
  "SourceNode",
  "SourceName",
  "Time",
  "Message",
  "Severity",
  "ConditionId",
  "BranchId",
  "ConditionName",
  "Retain",
  "ActiveState.Id",
  "AckedState.Id",
  "ConfirmedState.Id",
  "ShelvingState.CurrentState",
  "ShelvingState.CurrentState.Id",
  "EnabledState.Id",
  "Comment",
] as const;

export type AlarmEvent = Record<(typeof EVENT_FIELDS)[number], unknown>;

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Connection {
  client: OPCUAClient;
  session: ClientSession;
  close(): Promise<void>;
}

export async function connect(
  endpointUrl: string,
  opts: { user?: { user: string; password: string }; secure?: { policy: SecurityPolicy; mode: MessageSecurityMode; pkiDir: string } } = {},
): Promise<Connection> {
  const clientCertificateManager = opts.secure
    ? new OPCUACertificateManager({ rootFolder: opts.secure.pkiDir, automaticallyAcceptUnknownCertificate: true })
    : undefined;
  const client = OPCUAClient.create({
    endpointMustExist: false,
    securityMode: opts.secure?.mode ?? MessageSecurityMode.None,
    securityPolicy: opts.secure?.policy ?? SecurityPolicy.None,
    clientCertificateManager,
    connectionStrategy: { maxRetry: 0, initialDelay: 100 },
    requestedSessionTimeout: 60_000,
  });
  await client.connect(endpointUrl);
  const session = await client.createSession(
    opts.user ? { type: UserTokenType.UserName, userName: opts.user.user, password: opts.user.password } : { type: UserTokenType.Anonymous },
  );
  return {
    client,
    session,
    async close() {
      await session.close().catch(() => undefined);
      await client.disconnect();
    },
  };
}

export async function children(session: ClientSession, nodeId: string, referenceTypeId = "HierarchicalReferences") {
  const result = await session.browse({
    nodeId,
    browseDirection: BrowseDirection.Forward,
    referenceTypeId,
    includeSubtypes: true,
    nodeClassMask: 0,
    resultMask: 63,
  });
  let refs = result.references ?? [];
  let cp = result.continuationPoint;
  while (cp && cp.length) {
    const next = await session.browseNext(cp, false);
    refs = refs.concat(next.references ?? []);
    cp = next.continuationPoint;
  }
  return refs.map((r) => ({
    nodeId: r.nodeId.toString(),
    browseName: r.browseName.name ?? "",
    displayName: r.displayName.text ?? "",
    nodeClass: r.nodeClass as NodeClass,
  }));
}

/** The NodeId at a path of HasComponent/HasProperty children (BrowseNames in ns=0), e.g. ["ShelvingState", "CurrentState", "Id"]. */
export async function childNodeId(session: ClientSession, start: string, names: string[]): Promise<string> {
  const result = await session.translateBrowsePath({
    startingNode: resolveNodeId(start),
    relativePath: {
      elements: names.map((name) => ({ referenceTypeId: resolveNodeId("HierarchicalReferences"), isInverse: false, includeSubtypes: true, targetName: { namespaceIndex: 0, name } })),
    },
  });
  const target = result.targets?.[0]?.targetId;
  if (!result.statusCode.isGood() || !target) throw new Error(`${start}/${names.join("/")}: ${result.statusCode.name}`);
  return target.toString();
}

export async function readValue(session: ClientSession, nodeId: string) {
  const dv = await session.read({ nodeId, attributeId: AttributeIds.Value });
  return dv;
}

/** Collects A&C events from the Server object, after a ConditionRefresh. */
export async function monitorAlarms(session: ClientSession): Promise<{ events: AlarmEvent[]; subscription: ClientSubscription; refresh(): Promise<void> }> {
  const subscription = await session.createSubscription2({
    requestedPublishingInterval: 100,
    requestedLifetimeCount: 600,
    requestedMaxKeepAliveCount: 20,
    maxNotificationsPerPublish: 0,
    publishingEnabled: true,
    priority: 1,
  });
  const events: AlarmEvent[] = [];
  const item = ClientMonitoredItem.create(
    subscription,
    { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
    { samplingInterval: 0, discardOldest: false, queueSize: 10_000, filter: constructEventFilter([...EVENT_FIELDS]) },
    TimestampsToReturn.Neither,
  );
  item.on("changed", (fields: unknown) => {
    const values = fields as Variant[];
    const e: Record<string, unknown> = {};
    EVENT_FIELDS.forEach((name, i) => (e[name] = values[i]?.value));
    events.push(e as AlarmEvent);
  });
  await new Promise<void>((resolve, reject) => {
    item.once("initialized", () => resolve());
    item.once("err", (m: string) => reject(new Error(m)));
  });
  const refresh = async () => {
    await session.call({ objectId: "i=2782", methodId: "i=3875", inputArguments: [{ dataType: "UInt32", value: subscription.subscriptionId }] });
  };
  await refresh();
  return { events, subscription, refresh };
}

export { waitFor } from "../wait-for";

export const str = (v: unknown): string => (v && typeof v === "object" && "text" in v ? String((v as { text: unknown }).text) : String(v));
