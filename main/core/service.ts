/**
 * The control-room service: implements preload/api.ts for any number of windows, on top of
 * the store, the endpoint runtimes and the alarm book. Plain Node; the Electron utilityProcess
 * and the host-mode server both embed it unchanged.
 */
import { StatusCodes, type ClientSession, type OPCUACertificateManager, type StatusCode, type Variant } from "node-opcua";
import path from "node:path";
import type {
  ActionResult,
  AlarmDelta,
  AlarmState,
  AssetInfo,
  CoreToWindowMessage,
  EndpointStatus,
  EventPayloads,
  MethodArgs,
  MethodName,
  MethodResults,
  SiteInfo,
  TagValue,
  TopicName,
  AssetId,
  TagId,
  EndpointId,
} from "../../contract/api";
import { assetId, tagId } from "../../contract/api";
import { AlarmBook } from "./alarms/alarm-book";
import { EndpointRuntime } from "./endpoint-runtime";
import { decodeConditionEvent } from "./opcua/alarm-events";
import { callConditionMethod } from "./opcua/condition-methods";
import { createClientPki } from "./opcua/pki";
import { CoreError } from "./rpc/core-error";
import { WindowLink } from "./rpc/window-link";
import type { DiscoveredModel } from "./sites/asset-discovery";
import type { SiteConfig } from "./sites/site-config";
import { ActionsStore, type OutboxRow } from "./store/actions-store";
import { AlarmJournal } from "./store/alarm-journal";
import { openStore, type Db } from "./store/database";
import { LastValueStore } from "./store/last-values";
import { ModelStore } from "./store/model-store";
import { TagCache } from "./values/tag-cache";

export interface CoreOptions {
  site: SiteConfig;
  /** Where the SQLite file and the PKI live. */
  dataDir: string;
  /** URL for each endpoint id that has none in the site config (embedded simulators). */
  endpointUrls?: Map<string, string>;
  nativeBinding?: string;
  /** The workstation PKI, when the caller already made it (to trust an embedded simulator). */
  pki?: OPCUACertificateManager;
  /** How often the last values are written to SQLite. */
  persistIntervalMs?: number;
}

interface AckPayload {
  conditionId: string;
  alarmId: string;
  eventId: string;
  comment: string;
}

export class ControlRoomService {
  private readonly links = new Set<WindowLink>();
  private readonly runtimes = new Map<string, EndpointRuntime>();
  private assets = new Map<AssetId, AssetInfo>();
  private tagAsset = new Map<TagId, AssetId>();
  private readonly tags = new TagCache();
  private readonly alarms: AlarmBook;
  private persistTimer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly site: SiteConfig,
    private readonly db: Db,
    private readonly notices: string[],
    private readonly models: ModelStore,
    private readonly lastValues: LastValueStore,
    private readonly journal: AlarmJournal,
    readonly actions: ActionsStore,
  ) {
    this.alarms = new AlarmBook((endpointId, sourceNode) => {
      const asAsset = assetId(endpointId, sourceNode);
      return this.assets.has(asAsset) ? asAsset : (this.tagAsset.get(tagId(endpointId, sourceNode)) ?? null);
    });
  }

  static async start(options: CoreOptions): Promise<ControlRoomService> {
    const { db, notices } = openStore(path.join(options.dataDir, "control-room.sqlite"), {
      nativeBinding: options.nativeBinding,
    });
    const service = new ControlRoomService(
      options.site,
      db,
      notices,
      new ModelStore(db),
      new LastValueStore(db),
      new AlarmJournal(db),
      new ActionsStore(db),
    );
    service.loadCache();
    const pki = options.pki ?? (await createClientPki(path.join(options.dataDir, "pki")));
    for (const endpoint of options.site.endpoints) {
      const url = endpoint.url ?? options.endpointUrls?.get(endpoint.id);
      if (!url) throw new CoreError("bad-request", `Endpoint "${endpoint.id}" has no URL and no embedded simulator was started for it`);
      const runtime = new EndpointRuntime({ ...endpoint, url }, pki, {
        onStatus: (s) => service.onStatus(s),
        onModel: (id, model) => service.onModel(id, model),
        onValue: (v) => service.tags.set(v),
        onAlarmEvents: (id, batch) => service.onAlarmEvents(id, batch),
        onReady: (id) => service.replayOutbox(id),
      });
      service.runtimes.set(endpoint.id, runtime);
      runtime.start();
    }
    service.persistTimer = setInterval(() => service.persistValues(), options.persistIntervalMs ?? 1000);
    return service;
  }

  /** Last known model and values, so the map and panels work before (or without) a connection. */
  private loadCache(): void {
    const { assets } = this.models.load();
    this.setAssets(assets);
    this.tags.seed(this.lastValues.loadAll());
    this.alarms.restore(this.journal.latest());
  }

  private setAssets(assets: AssetInfo[]): void {
    this.assets = new Map(assets.map((a) => [a.id, a]));
    this.tagAsset = new Map(assets.flatMap((a) => a.tags.map((t) => [t.id, a.id] as const)));
  }

  // ------------------------------------------------------------------ windows

  connectWindow(transmit: (message: CoreToWindowMessage) => void): WindowLink {
    const link = new WindowLink(transmit, {
      call: (l, method, args) => this.call(l, method, args),
      closed: (l) => {
        for (const id of l.watched) this.tags.unwatch(id, l.batcher);
        this.links.delete(l);
      },
    });
    this.links.add(link);
    return link;
  }

  private broadcast<T extends TopicName>(topic: T, payload: EventPayloads[T]): void {
    for (const link of this.links) link.emit(topic, payload);
  }

  private call(link: WindowLink, method: MethodName, args: unknown): Promise<unknown> {
    switch (method) {
      case "getSite":
        return Promise.resolve(this.getSite());
      case "listAssets":
        return Promise.resolve(this.listAssets());
      case "getConnections":
        return Promise.resolve(this.getConnections());
      case "subscribeTags":
        return Promise.resolve(this.subscribeTags(link, args as MethodArgs<"subscribeTags">));
      case "unsubscribeTags":
        return Promise.resolve(this.unsubscribeTags(link, args as MethodArgs<"unsubscribeTags">));
      case "listAlarms":
        return Promise.resolve(this.listAlarms());
      case "acknowledgeAlarm":
        return this.acknowledgeAlarm(args as MethodArgs<"acknowledgeAlarm">);
      case "listActions":
      case "retryAction":
      case "discardAction":
        throw new CoreError("bad-request", `Method ${method} is not implemented yet`);
      default: {
        // A method added to preload/api.ts without an implementation fails to compile here.
        const unhandled: never = method;
        throw new CoreError("bad-request", `Method ${String(unhandled)} is not implemented`);
      }
    }
  }

  // ------------------------------------------------------------------ contract methods

  getSite(): SiteInfo {
    const s = this.site;
    return {
      id: s.id,
      name: s.name,
      centre: s.centre,
      zoom: s.zoom,
      services: s.services,
      tileUrl: s.tileUrl,
      timeZone: s.timeZone,
      language: s.language,
      user: s.user,
      notices: this.notices,
    };
  }

  listAssets(): AssetInfo[] {
    return [...this.assets.values()];
  }

  getConnections(): EndpointStatus[] {
    return [...this.runtimes.values()].map((r) => r.connection.getStatus());
  }

  subscribeTags(link: WindowLink, args: MethodArgs<"subscribeTags">): MethodResults["subscribeTags"] {
    const out: TagValue[] = [];
    for (const id of args.tagIds) {
      if (!this.tagAsset.has(id)) continue;
      if (!link.watched.has(id)) {
        link.watched.add(id);
        this.tags.watch(id, link.batcher);
      }
      const v = this.tags.get(id);
      if (v) out.push(v);
    }
    return out;
  }

  unsubscribeTags(link: WindowLink, args: MethodArgs<"unsubscribeTags">): MethodResults["unsubscribeTags"] {
    let count = 0;
    for (const id of args.tagIds) {
      if (link.watched.delete(id) && this.tags.unwatch(id, link.batcher)) count++;
    }
    return { count };
  }

  listAlarms(): AlarmState[] {
    return this.alarms.list();
  }

  async acknowledgeAlarm(args: MethodArgs<"acknowledgeAlarm">): Promise<ActionResult> {
    const { user, permissions } = this.site;
    if (!permissions.acknowledge.includes(user.role)) {
      throw new CoreError("forbidden", `${user.name} (${user.role}) may not acknowledge alarms on this site`);
    }
    const alarm = this.alarms.get(args.alarmId);
    const eventId = this.alarms.eventIdOf(args.alarmId);
    if (!alarm || !eventId) throw new CoreError("not-found", `No retained alarm ${args.alarmId}`);
    if (alarm.acked) throw new CoreError("bad-request", `Alarm "${alarm.sourceName}: ${alarm.message}" is already acknowledged`);
    const payload: AckPayload = {
      conditionId: alarm.conditionId,
      alarmId: alarm.id,
      eventId: eventId.toString("hex"),
      comment: args.comment,
    };
    const outboxId = this.actions.record({
      endpointId: alarm.endpointId,
      kind: "acknowledge",
      target: alarm.id,
      payload,
      user,
      detail: `Acknowledge "${alarm.sourceName}: ${alarm.message}"${args.comment ? ` — ${args.comment}` : ""}`,
    });
    return this.execute(outboxId);
  }

  // ------------------------------------------------------------------ outbox

  /** Sends one outbox row if its endpoint is connected; otherwise it stays queued. */
  private async execute(outboxId: number): Promise<ActionResult> {
    const row = this.actions.get(outboxId);
    if (!row) throw new CoreError("internal", `Outbox row ${outboxId} vanished`);
    const session = this.runtimes.get(row.endpointId)?.connection.getSession();
    if (!session) return { outboxId, status: "pending", error: null };
    try {
      const status = await this.send(session, row);
      if (status === StatusCodes.Good) {
        this.actions.settle(outboxId, "done", null);
        return { outboxId, status: "done", error: null };
      }
      // The condition moved on since the person decided: show it, never guess.
      const conflict = status === StatusCodes.BadEventIdUnknown || status === StatusCodes.BadConditionBranchAlreadyAcked;
      const error = `Server refused ${row.kind} on endpoint "${row.endpointId}": ${status.name}`;
      this.actions.settle(outboxId, conflict ? "conflict" : "failed", error);
      return { outboxId, status: "failed", error };
    } catch (err) {
      // Transport trouble: keep the row pending, the next reconnect replays it.
      const error = `Endpoint "${row.endpointId}": ${(err as Error).message}`;
      return { outboxId, status: "pending", error };
    }
  }

  private send(session: ClientSession, row: OutboxRow): Promise<StatusCode> {
    if (row.kind !== "acknowledge") throw new CoreError("internal", `Unknown outbox action ${row.kind}`);
    const p = JSON.parse(row.payload) as AckPayload;
    return callConditionMethod(session, p.conditionId, "acknowledge", Buffer.from(p.eventId, "hex"), p.comment);
  }

  private async replayOutbox(endpointId: string): Promise<void> {
    for (const row of this.actions.pending(endpointId)) await this.execute(row.id);
  }

  // ------------------------------------------------------------------ endpoint hooks

  private onStatus(status: EndpointStatus): void {
    if (status.state !== "connected") this.tags.markStale(`${status.endpointId}|`);
    this.broadcast("connection", status);
  }

  private onModel(endpointId: EndpointId, model: DiscoveredModel): void {
    this.models.replaceEndpoint(endpointId, model.assets, model.nodeIds);
    const others = [...this.assets.values()].filter((a) => a.endpointId !== endpointId);
    this.setAssets([...others, ...model.assets]);
    this.broadcast("assets", this.listAssets());
  }

  private onAlarmEvents(endpointId: EndpointId, batch: Variant[][]): void {
    const delta: AlarmDelta = { upserts: [], removed: [] };
    const journal: AlarmState[] = [];
    for (const fields of batch) {
      const change = this.alarms.apply(endpointId, decodeConditionEvent(fields));
      delta.upserts.push(...change.upserts);
      delta.removed.push(...change.removed);
      journal.push(...change.upserts, ...change.closed);
    }
    if (journal.length) this.journal.append(journal, (id) => this.alarms.eventIdOf(id));
    if (delta.upserts.length || delta.removed.length) this.broadcast("alarms", delta);
  }

  private persistValues(): void {
    const dirty = this.tags.takeDirty();
    if (dirty.length) this.lastValues.write(dirty);
  }

  /** Waits until every endpoint has been connected and its model discovered, or the timeout. */
  async whenConnected(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const ready = [...this.runtimes.values()].every((r) => r.connection.getStatus().state === "connected");
      if (ready && this.assets.size > 0) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  async stop(): Promise<void> {
    if (this.persistTimer) clearInterval(this.persistTimer);
    for (const link of [...this.links]) link.close();
    await Promise.all([...this.runtimes.values()].map((r) => r.stop()));
    this.persistValues();
    this.db.close();
  }
}
