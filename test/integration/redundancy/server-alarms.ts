/**
 * The alarms one server of the pair retains, asked by a plain node-opcua client (not the core's
 * code): ConditionRefresh on a subscription of its own, every retained condition between its
 * RefreshStart and RefreshEnd, one row per condition (unacknowledged while any branch is).
 */
import {
  AttributeIds,
  ClientSubscription,
  constructEventFilter,
  DataType,
  MessageSecurityMode,
  OPCUAClient,
  SecurityPolicy,
  TimestampsToReturn,
  UserTokenType,
  type OPCUACertificateManager,
  type Variant,
} from "node-opcua";
import type { AlarmState } from "../../../contract/api";
import { WORKSTATION_APPLICATION } from "../../../main/core/connections/pki";
import { waitFor } from "../wait-for";

const REFRESH_START = "ns=0;i=2787";
const REFRESH_END = "ns=0;i=2788";

/** "conditionId acked|unacked", sorted: what the core's list must equal. */
export function corePicture(alarms: AlarmState[]): string[] {
  return alarms.map((a) => `${a.conditionId} ${a.acked ? "acked" : "unacked"}`).sort();
}

export async function serverPicture(url: string, pki: OPCUACertificateManager, user: { user: string; password: string }): Promise<string[]> {
  const client = OPCUAClient.create({
    applicationUri: WORKSTATION_APPLICATION.uri,
    clientCertificateManager: pki,
    securityMode: MessageSecurityMode.SignAndEncrypt,
    securityPolicy: SecurityPolicy.Basic256Sha256,
    endpointMustExist: false,
    connectionStrategy: { maxRetry: 1, initialDelay: 200, maxDelay: 1000 },
  });
  await client.connect(url);
  try {
    const session = await client.createSession({ type: UserTokenType.UserName, userName: user.user, password: user.password });
    const subscription = ClientSubscription.create(session, { requestedPublishingInterval: 100, maxNotificationsPerPublish: 0, publishingEnabled: true });
    await new Promise<void>((resolve, reject) => {
      subscription.once("started", () => resolve());
      subscription.once("internal_error", reject);
    });
    const events: Variant[][] = [];
    const item = await subscription.monitor(
      { nodeId: "i=2253", attributeId: AttributeIds.EventNotifier },
      { samplingInterval: 0, queueSize: 100_000, discardOldest: false, filter: constructEventFilter(["EventType", "ConditionId", "Retain", "AckedState.Id"]) },
      TimestampsToReturn.Neither,
    );
    item.on("changed", (fields: unknown) => events.push(fields as Variant[]));
    const type = (e: Variant[]) => String(e[0]?.value);
    await session.call({ objectId: "i=2782", methodId: "i=3875", inputArguments: [{ dataType: DataType.UInt32, value: subscription.subscriptionId }] });
    const count = (t: string) => events.filter((e) => type(e) === t).length;
    await waitFor("the plain client's RefreshEnd", () => count(REFRESH_START) > 0 && count(REFRESH_END) === count(REFRESH_START), 30_000);
    const acked = new Map<string, boolean>();
    for (const e of events.slice(events.map(type).lastIndexOf(REFRESH_START) + 1)) {
      if (type(e) === REFRESH_END) break;
      if (e[2]?.value !== true) continue;
      const id = String(e[1]?.value);
      acked.set(id, (acked.get(id) ?? true) && e[3]?.value === true);
    }
    await subscription.terminate();
    await session.close();
    return [...acked].map(([id, a]) => `${id} ${a ? "acked" : "unacked"}`).sort();
  } finally {
    await client.disconnect();
  }
}
