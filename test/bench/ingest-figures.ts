/** The ingest cost bench (ingest-cost.ts) at each size, as table figures. */
import { figure, type Figure } from "./figures";
import { measureIngestCost } from "./ingest-cost";

const ITEM = "1 ingest";

export async function benchIngest(sizes: number[], windowMs: number): Promise<Figure[]> {
  const out: Figure[] = [];
  for (const items of sizes) {
    const m = await measureIngestCost(items, windowMs);
    const k = `${Math.round(m.items / 1000)}k items`;
    out.push(
      figure({
        item: ITEM,
        name: `core CPU per million notifications, ${k}`,
        value: m.core.cpuPerMillion,
        unit: "CPU s",
        baseline: { value: m.bare.cpuPerMillion, label: "a bare node-opcua client on the same items, same subscription settings, doing nothing" },
        target: { on: "ratio", op: "<=", limit: 1.4 },
        note: `core ${Math.round(m.core.notifications / m.core.seconds).toLocaleString("en-US")}/s received, bare ${Math.round(m.bare.notifications / m.bare.seconds).toLocaleString("en-US")}/s; publishing 100 ms, sampling 0, queue 1`,
      }),
      figure({
        item: ITEM,
        name: `bench server's achieved change rate, ${k} at 10 Hz`,
        value: m.serverChangesPerSecond,
        unit: "changes/s",
        baseline: { value: (m.items - m.items / 11) * 10, label: "every Double item changing at 10 Hz" },
        note: `${m.serverLateTicks} ticks overran their 100 ms while measured`,
      }),
      figure({
        item: ITEM,
        name: `core RSS alone, ${k}`,
        value: m.core.rssMB,
        unit: "MB",
        baseline: { value: m.bare.rssMB, label: "the bare client's RSS" },
        target: m.items >= 100_000 ? { on: "value", op: "<=", limit: 600 } : undefined,
      }),
    );
  }
  return out;
}
