/**
 * readHistory: a tag's history for a range, raw or aggregated. Before reading, parts of the
 * range this workstation did not record (no cover of the tag's endpoint, nothing fetched yet) are
 * asked of the server's history through the endpoint's session and kept, marked as from the
 * server, so the next read finds them locally. Bounded: at most MAX_GAPS_PER_CALL holes and
 * SERVER_POINTS_PER_CALL samples per call (one HistoryRead each, oldest part first); a hole the
 * server had more for is marked fetched as far as the answer reached, and the next call goes on.
 */
import type { ClientSession } from "node-opcua";
import { endpointOf, nodeOf, type EndpointId, type MethodArgs, type TagId } from "../../../contract/api";
import type { HistoryValues, ServerFill } from "../../../contract/history-values";
import { meanOf } from "../store/historian-aggregates";
import type { HistorianRepository } from "../store/historian-repository";
import { QUALITY_CODE, type HistorianService } from "./historian-service";
import { readServerHistory } from "./server-history";
import { uncovered, type Span } from "./spans";

export const SERVER_POINTS_PER_CALL = 10_000;
const MAX_GAPS_PER_CALL = 4;
/** Holes shorter than this (a flush's worth) are not worth a request to the server. */
const MIN_GAP_MS = 1_000;
const QUALITY = ["good", "uncertain", "bad"] as const;

export interface HistoryReaderDeps {
  store: HistorianRepository;
  historian: HistorianService;
  sessionFor(endpointId: EndpointId): ClientSession | null;
  now?: () => number;
}

export class HistoryReader {
  /** Tags whose server said it keeps no history of them, with its status (asked again after a restart of the core). */
  private readonly notHistorized = new Map<TagId, string>();

  constructor(private readonly deps: HistoryReaderDeps) {}

  async read(args: MethodArgs<"readHistory">): Promise<HistoryValues> {
    const { tagId, from, to, maxPoints } = args;
    const { store } = this.deps;
    await this.deps.historian.flush();
    const serverFill = await this.fill(tagId, from, Math.min(to, (this.deps.now ?? Date.now)()));
    const gaps = (await this.gaps(tagId, from, Math.min(to, (this.deps.now ?? Date.now)()))).map((g) => ({ from: g.start, to: g.end }));
    const base = { tagId, from, to, gaps, serverFill };

    let resolution = args.resolution;
    if (resolution === "auto") {
      const span = to - from;
      resolution = (await store.countRaw({ tagId, from, to, cap: maxPoints + 1 })) <= maxPoints ? "raw" : span / 60_000 < maxPoints ? "minute" : "hour";
    }
    if (resolution === "raw") {
      const rows = await store.raw({ tagId, from, to, limit: maxPoints + 1 });
      const points = rows.slice(0, maxPoints).map((r) => ({ time: r.t, value: r.v, quality: QUALITY[r.q], fromServer: r.fromServer }));
      return { ...base, resolution, truncated: rows.length > maxPoints, points };
    }
    const buckets = await store.aggregates({ tagId, from, to, resolution, limit: maxPoints + 1 });
    const points = buckets.slice(0, maxPoints).map((b) => ({ time: b.bucket, min: b.min, max: b.max, mean: meanOf(b), count: b.count, firstTime: b.firstT, lastTime: b.lastT }));
    return { ...base, resolution, truncated: buckets.length > maxPoints, points };
  }

  /** Parts of the range neither recorded here nor already read from the server. */
  private async gaps(tagId: TagId, from: number, to: number): Promise<Span[]> {
    if (from >= to) return [];
    const known = await this.deps.store.known({ tagId, endpointId: endpointOf(tagId), from, to });
    return uncovered(from, to, [...known.cover, ...known.fetched], MIN_GAP_MS);
  }

  private async fill(tagId: TagId, from: number, to: number): Promise<ServerFill> {
    const fill: ServerFill = { asked: [], points: 0, problem: null };
    const gaps = (await this.gaps(tagId, from, to)).slice(0, MAX_GAPS_PER_CALL);
    if (gaps.length === 0) return fill;
    const refused = this.notHistorized.get(tagId);
    if (refused) return { ...fill, problem: `The server keeps no history of this tag (${refused})` };
    const session = this.deps.sessionFor(endpointOf(tagId));
    if (!session) return { ...fill, problem: "The tag's server is not connected: its history cannot fill the gaps now" };
    let budget = SERVER_POINTS_PER_CALL;
    for (const gap of gaps) {
      if (budget <= 0) break;
      fill.asked.push({ from: gap.start, to: gap.end });
      try {
        const answer = await readServerHistory(session, tagId, nodeOf(tagId), gap.start, gap.end, budget);
        if (answer.unsupported) {
          this.notHistorized.set(tagId, answer.unsupported);
          return { ...fill, problem: `The server keeps no history of this tag (${answer.unsupported})` };
        }
        budget -= answer.values.length;
        const reached = answer.complete ? gap.end : (answer.values.at(-1)?.sourceTime ?? gap.start);
        const rows = answer.values.map((v) => [tagId, v.sourceTime, v.value, QUALITY_CODE[v.quality]] as [TagId, number, typeof v.value, 0 | 1 | 2]);
        fill.points += await this.deps.historian.writeFromServer(rows, { tagId, start: gap.start, end: reached });
      } catch (err) {
        return { ...fill, problem: `Reading the server's history failed: ${(err as Error).message}` };
      }
    }
    return fill;
  }
}
