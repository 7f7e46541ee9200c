/**
 * Issue #9 item 1, ingest cost. A bench server in its own process changes every tag at 10 Hz
 * while a client is measured; against it, one after the other, a bare node-opcua client (the
 * baseline, bare-client-process) and the core (core-process), each in its own process,
 * subscribed to the same items with the same subscription settings. Figures per size: CPU
 * seconds per million notifications of each (ratio core / bare), the server's achieved change
 * rate, the notifications each received per second, and the core's RSS alone.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startChild, type BenchChild } from "./load/child";
import type { WindowFigures } from "./load/window-figures";

export interface IngestSize {
  items: number;
  serverChangesPerSecond: number;
  serverLateTicks: number;
  bare: WindowFigures & { cpuPerMillion: number };
  core: WindowFigures & { cpuPerMillion: number };
  ratio: number;
}

const TAGS_PER_ASSET = 10;
const PUBLISHING_MS = 100;

const perMillion = (w: WindowFigures) => ({ ...w, cpuPerMillion: w.notifications > 0 ? (w.cpuS / w.notifications) * 1e6 : Infinity });

type Rate = { changesPerSecond: number; lateTicks: number };

/**
 * The server changes its items only while one client is subscribed and measured: a client's
 * discovery and item creation are not starved by a server busy changing 100k items, and each
 * client meets the same load from its first notification.
 */
async function measureWhileChanging(server: BenchChild<unknown>, client: BenchChild<unknown>, settleMs: number, windowMs: number): Promise<{ window: WindowFigures; rate: Rate }> {
  await server.request("startChanging", { hz: 10 });
  try {
    await new Promise((r) => setTimeout(r, settleMs));
    await server.request("takeRate");
    const window = await client.request<WindowFigures>("window", { ms: windowMs });
    return { window, rate: await server.request<Rate>("takeRate") };
  } finally {
    await server.request("stopChanging");
  }
}

export async function measureIngestCost(items: number, windowMs: number): Promise<IngestSize> {
  // 11 items per asset: ten Doubles and the Marker (which does not change here).
  const assets = Math.ceil(items / (TAGS_PER_ASSET + 1));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ccr-bench-ingest-"));
  // Each client's first values (every item's initial one) are past before its window opens.
  const settleMs = Math.min(2000, windowMs / 2);
  const server = await startChild<{ endpointUrl: string; tags: number }>("bench-server-process.ts", { assets, tagsPerAsset: TAGS_PER_ASSET, alarms: 0 });
  try {
    const common = { url: server.ready.endpointUrl, publishingIntervalMs: PUBLISHING_MS };

    const bareChild = await startChild("bare-client-process.ts", { ...common, assets, tagsPerAsset: TAGS_PER_ASSET });
    let bare: WindowFigures;
    let bareRate: { changesPerSecond: number; lateTicks: number };
    try {
      ({ window: bare, rate: bareRate } = await measureWhileChanging(server, bareChild, settleMs, windowMs));
    } finally {
      await bareChild.stop();
    }

    const coreChild = await startChild("core-process.ts", { ...common, dataDir: path.join(dir, "core", "data") });
    let core: WindowFigures;
    let coreRate: { changesPerSecond: number; lateTicks: number };
    try {
      ({ window: core, rate: coreRate } = await measureWhileChanging(server, coreChild, settleMs, windowMs));
    } finally {
      await coreChild.stop();
    }
    const b = perMillion(bare);
    const c = perMillion(core);
    return {
      items: server.ready.tags,
      serverChangesPerSecond: (bareRate.changesPerSecond + coreRate.changesPerSecond) / 2,
      serverLateTicks: bareRate.lateTicks + coreRate.lateTicks,
      bare: b,
      core: c,
      ratio: c.cpuPerMillion / b.cpuPerMillion,
    };
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** `npx tsx test/bench/ingest-cost.ts [items] [windowMs]`: one size alone. */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await measureIngestCost(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 5000)), null, 2));
  process.exit(0);
}
