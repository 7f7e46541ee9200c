/**
 * What a server says its alarms are, asked by a plain node-opcua client of its own (not the
 * core's code): a subscription on the Server object's events, ConditionRefresh, and every
 * retained condition between RefreshStart and RefreshEnd, branches folded into their condition
 * as the core shows them (unacknowledged while any of them is).
 */
import {
  AttributeIds,
  ClientSubscription,
  constructEventFilter,
  DataType,
  MessageSecurityMode,
  OPCUAClient,
  SecurityPolicy,
  StatusCodes,
  TimestampsToReturn,
  UserTokenType,
  type OPCUACertificateManager,
  type Variant,
} from "node-opcua";
import { WORKSTATION_APPLICATION } from "../../../main/core/connections/pki";
import { waitFor } from "../wait-for";

export interface TruthRow {
  conditionId: string;
  acked: boolean;
}

const REFRESH_START = "ns=0;i=2787";
const REFRESH_END = "ns=0;i=2788";
const FIELDS = ["EventType", "ConditionId", "Retain", "AckedState.Id"];

/** Sorted by condition id: one row per condition the server retains. */
export async function serverAlarmTruth(url: string, pki: OPCUACertificateManager, user: { user: string; password: string }): Promise<TruthRow[]> {
  const client = OPCUAClient.create({
    // The certificate createClientPki makes names the workstation's application URI.
    applicationName: "resilience truth client",
    applicationUri: WORKSTATION_APPLICATION.uri,
    clientCertificateManager: pki,
    securityMode: MessageSecurityMode.SignAndEncrypt,
    securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false,
    connectionStrategy: { maxRetry: 3, initialDelay: 200, maxDelay: 1000 },
  });
  await client.connect(url);
  try {
    const session = await client.createSession({ type: UserTokenType.UserName, userName: user.user, password: user.password });
    const subscription = ClientSubscription.create(session, {
      requestedPublishingInterval: 100,
      requestedLifetimeCount: 600,
      requestedMaxKeepAliveCount: 20,
      maxNotificationsPerPublish: 0,
      publishingEnabled: true,
      priority: 1,
    });
    await new Promise<void>((resolve, reject) => {
      subscription.once("started", () => resolve());
      subscription.once("internal_error", reject);
    });
    const events: Variant[][] = [];
    const item = await subscription.monitor(
      { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
      { samplingInterval: 0, queueSize: 100_000, discardOldest: false, filter: constructEventFilter(FIELDS) },
      TimestampsToReturn.Neither,
    );
    item.on("changed", (fields: unknown) => events.push(fields as Variant[]));
    const type = (e: Variant[]) => String(e[0]?.value);
    // node-opcua's own first refresh (at monitoring) may be under way: wait for its end, then ask ours.
    const result = await session.call({
      objectId: "i=2782",
      methodId: "i=3875",
      inputArguments: [{ dataType: DataType.UInt32, value: subscription.subscriptionId }],
    });
    if (result.statusCode !== StatusCodes.Good) throw new Error(`ConditionRefresh refused: ${result.statusCode.toString()}`);
    // Ours is the last RefreshStart asked; its RefreshEnd closes the picture.
    const starts = () => events.reduce((n, e) => n + (type(e) === REFRESH_START ? 1 : 0), 0);
    const ends = () => events.reduce((n, e) => n + (type(e) === REFRESH_END ? 1 : 0), 0);
    await waitFor("the truth client's RefreshEnd", () => starts() > 0 && ends() === starts(), 30_000);
    const lastStart = events.map(type).lastIndexOf(REFRESH_START);
    const byCondition = new Map<string, TruthRow>();
    for (const e of events.slice(lastStart + 1)) {
      if (type(e) === REFRESH_END) break;
      if (e[2]?.value !== true) continue;
      const conditionId = String(e[1]?.value);
      const acked = e[3]?.value === true;
      const known = byCondition.get(conditionId);
      byCondition.set(conditionId, { conditionId, acked: (known?.acked ?? true) && acked });
    }
    await subscription.terminate();
    await session.close();
    return [...byCondition.values()].sort((a, b) => a.conditionId.localeCompare(b.conditionId));
  } finally {
    await client.disconnect();
  }
}
