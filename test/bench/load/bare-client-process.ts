/**
 * The ingest baseline: a bare node-opcua client subscribed to every tag of the bench server with
 * the core's own settings (one subscription, groups of 2,000 items, sampling 0, queue 1), doing
 * nothing with a notification but counting it. Options in argv[2]: { url, tags: nodeId-suffixes
 * count }, answers { id, cmd: "window", ms } with WindowFigures.
 */
import { AttributeIds, ClientMonitoredItemGroup, MessageSecurityMode, OPCUAClient, SecurityPolicy, TimestampsToReturn } from "node-opcua";
import { SITE_NAMESPACE_URI } from "../../../main/simulator";
import { measureWindow } from "./window-figures";

const opts = JSON.parse(process.argv[2] ?? "{}") as { url: string; assets: number; tagsPerAsset: number; publishingIntervalMs: number };
const client = OPCUAClient.create({ endpointMustExist: false, securityMode: MessageSecurityMode.None, securityPolicy: SecurityPolicy.None, keepSessionAlive: true });
await client.connect(opts.url);
const session = await client.createSession();
const ns = ((await session.read({ nodeId: "i=2255", attributeId: AttributeIds.Value })).value.value as string[]).indexOf(SITE_NAMESPACE_URI);
const nodeIds: string[] = [];
for (let a = 0; a < opts.assets; a++) {
  for (let t = 0; t < opts.tagsPerAsset; t++) nodeIds.push(`ns=${ns};s=water.B-${a}.T${t}`);
  nodeIds.push(`ns=${ns};s=water.B-${a}.Marker`);
}
const subscription = await session.createSubscription2({
  requestedPublishingInterval: opts.publishingIntervalMs,
  requestedLifetimeCount: 600,
  requestedMaxKeepAliveCount: 20,
  maxNotificationsPerPublish: 0,
  publishingEnabled: true,
  priority: 10,
});
let count = 0;
for (let i = 0; i < nodeIds.length; i += 2000) {
  const group = ClientMonitoredItemGroup.create(
    subscription,
    nodeIds.slice(i, i + 2000).map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })),
    { samplingInterval: 0, queueSize: 1, discardOldest: true },
    TimestampsToReturn.Both,
  );
  group.on("changed", () => count++);
  await new Promise<void>((resolve, reject) => {
    group.once("initialized", () => resolve());
    group.once("err", (e: unknown) => reject(new Error(String(e))));
  });
}
process.send!({ ready: { monitored: nodeIds.length } });

process.on("message", (r: { id: number; cmd: string; ms?: number }) => {
  const run = async () => {
    if (r.cmd === "window") return measureWindow(r.ms!, () => count);
    if (r.cmd === "stop") {
      await subscription.terminate();
      await session.close();
      await client.disconnect();
      setImmediate(() => process.exit(0));
      return null;
    }
    throw new Error(`unknown command "${r.cmd}"`);
  };
  run().then(
    (result) => process.send!({ id: r.id, result }),
    (e: unknown) => process.send!({ id: r.id, error: String(e) }),
  );
});
process.on("disconnect", () => process.exit(0));
