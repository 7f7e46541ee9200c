/**
 * Issue #9 item 3: from a value change in the server to its text in the renderer's DOM in
 * Chromium, at 100 ms publishing. The bench server sets one asset's String tag `Marker` to a new
 * text and notes the wall time; the page, showing that asset's values, notes the wall time a
 * MutationObserver sees the text in the tag row. Same machine, same clock. Changes are spaced by
 * a random 150–350 ms so they fall at every phase of the publishing interval. Meanwhile every
 * other tag of the server changes at 10 Hz, so the value path is not idle.
 */
import { callContract } from "../e2e/sign-in";
import { figure, type Figure } from "./figures";
import { benchScreenshot, startHostPage } from "./load/host-page";

const PUBLISHING_MS = 100;
const ITEM = "3 latency";

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchLatency(samples: number): Promise<Figure[]> {
  const hp = await startHostPage({ assets: 50, tagsPerAsset: 10, alarms: 0 }, { publishingIntervalMs: PUBLISHING_MS, samplingIntervalMs: 0 });
  try {
    const { page, server } = hp;
    let assets = await hp.assets();
    for (let i = 0; i < 120 && !assets.some((a) => a.name === "Bench 0"); i++) {
      await page.waitForTimeout(500);
      assets = await hp.assets();
    }
    const asset = assets.find((a) => a.name === "Bench 0");
    if (!asset) throw new Error("the core did not discover the bench server's asset 'Bench 0'");
    const marker = asset.tags.find((t) => t.name === "Marker");
    if (!marker) throw new Error("asset 'Bench 0' has no Marker tag");
    // The focus topic selects the asset in every window: its value panel shows the Marker row.
    await callContract(page, "showOnMap", { assetId: asset.id });
    const cell = page.locator(`[data-testid=tag-row][data-tag-id="${marker.id}"] [data-testid=tag-value]`);
    await cell.waitFor({ timeout: 30_000 });
    await server.request("startChanging", { hz: 10 });
    await page.evaluate((tagId) => {
      const seen: Record<string, number> = {};
      (window as unknown as { __seen: Record<string, number> }).__seen = seen;
      const row = document.querySelector(`[data-testid=tag-row][data-tag-id="${tagId}"]`)!;
      new MutationObserver(() => {
        const text = row.querySelector("[data-testid=tag-value]")?.textContent ?? "";
        if (!(text in seen)) seen[text] = Date.now();
      }).observe(row, { subtree: true, childList: true, characterData: true });
    }, marker.id);

    const setAt = new Map<string, number>();
    for (let i = 0; i < samples; i++) {
      const text = `L${i}`;
      setAt.set(text, await server.request<number>("setMarker", { asset: 0, text }));
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 200));
    }
    await page.waitForTimeout(2000);
    await benchScreenshot(page, "latency-value-panel");
    const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, number> }).__seen);
    const latencies = [...setAt].flatMap(([text, t]) => (seen[text] === undefined ? [] : [seen[text]! - t])).sort((a, b) => a - b);
    const missing = samples - latencies.length;
    if (latencies.length < samples / 2) throw new Error(`only ${latencies.length} of ${samples} changes reached the page`);
    const baseline = { value: PUBLISHING_MS, label: "the publishing interval" };
    const note = `${latencies.length} changes${missing ? `, ${missing} never shown (overtaken by the next)` : ""}; max ${Math.round(latencies.at(-1)!)} ms`;
    return [
      figure({ item: ITEM, name: "server change → text in the DOM, p50", value: percentile(latencies, 50), unit: "ms", baseline, note }),
      figure({ item: ITEM, name: "server change → text in the DOM, p95", value: percentile(latencies, 95), unit: "ms", baseline, target: { on: "value", op: "<=", limit: 250 } }),
      figure({ item: ITEM, name: "server change → text in the DOM, p99", value: percentile(latencies, 99), unit: "ms", baseline }),
    ];
  } finally {
    await hp.stop();
  }
}

/** `npx tsx test/bench/latency.ts [samples]` (renderer built first). */
if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchLatency(Number(process.argv[2] ?? 20)));
  process.exit(0);
}
