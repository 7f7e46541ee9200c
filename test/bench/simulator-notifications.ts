/**
 * Notifications per second a plain client receives from the simulator: the default size as the
 * baseline and --scale 100k, measured in the same run. Every tag of up to MAX_ITEMS tags is
 * monitored (sampling 0 = on change, publishing every 500 ms) and notifications are counted
 * over a fixed window. Run: npx tsx test/bench/simulator-notifications.ts
 */
import { AttributeIds, ClientMonitoredItemGroup, NodeClass, TimestampsToReturn } from "node-opcua";
import { SITE_NAMESPACE_URI, startSimulator } from "../../main/simulator";
import { children, connect, readValue, tempDir } from "../integration/simulator/client";

const WINDOW_MS = 15_000;
const MAX_ITEMS = Number(process.env.MAX_ITEMS ?? 100_000);

async function measure(scale: number | undefined): Promise<{ tags: number; monitored: number; perSecond: number; startS: number }> {
  const t0 = performance.now();
  const sim = await startSimulator({ pkiDir: tempDir("sim-bench-"), scale, allowSecurityNone: true, allowAnonymous: true });
  await sim.ready();
  const startS = (performance.now() - t0) / 1000;
  const c = await connect(sim.endpointUrl);
  try {
    const ns = ((await readValue(c.session, "i=2255")).value.value as string[]).indexOf(SITE_NAMESPACE_URI);
    const nodeIds: string[] = [];
    for (const service of Object.keys(sim.counts())) {
      for (const asset of await children(c.session, `ns=${ns};s=${service}`, "i=35")) {
        if (asset.nodeClass !== NodeClass.Object) continue;
        for (const tag of await children(c.session, asset.nodeId, "i=47")) if (tag.nodeClass === NodeClass.Variable) nodeIds.push(tag.nodeId);
        if (nodeIds.length >= MAX_ITEMS) break;
      }
    }
    const sub = await c.session.createSubscription2({ requestedPublishingInterval: 500, requestedMaxKeepAliveCount: 20, requestedLifetimeCount: 600, maxNotificationsPerPublish: 0, publishingEnabled: true, priority: 1 });
    let count = 0;
    for (let i = 0; i < nodeIds.length; i += 5000) {
      const group = ClientMonitoredItemGroup.create(
        sub,
        nodeIds.slice(i, i + 5000).map((nodeId) => ({ nodeId, attributeId: AttributeIds.Value })),
        { samplingInterval: 0, queueSize: 1, discardOldest: true },
        TimestampsToReturn.Both,
      );
      group.on("changed", () => count++);
      await new Promise<void>((r) => group.once("initialized", () => r()));
    }
    await new Promise((r) => setTimeout(r, 2000));
    count = 0;
    await new Promise((r) => setTimeout(r, WINDOW_MS));
    const perSecond = count / (WINDOW_MS / 1000);
    await sub.terminate();
    const tags = Object.values(sim.counts()).reduce((n, x) => n + x.tags, 0);
    return { tags, monitored: nodeIds.length, perSecond, startS };
  } finally {
    await c.close();
    await sim.stop();
  }
}

const base = await measure(undefined);
console.log(`default: ${base.tags} tags, ${base.monitored} monitored, ${base.perSecond.toFixed(0)} notifications/s, ready in ${base.startS.toFixed(1)} s`);
const big = await measure(100_000);
console.log(`scale 100k: ${big.tags} tags, ${big.monitored} monitored, ${big.perSecond.toFixed(0)} notifications/s, ready in ${big.startS.toFixed(1)} s`);
console.log(`ratio 100k / default: ${(big.perSecond / base.perSecond).toFixed(1)}x`);
process.exit(0);
