/**
 * The composition root of the core: opens the store, builds one service per concern, wires
 * the endpoint runtimes to them and the windows to the handler table. It holds no behaviour
 * of its own beyond start and stop; the Electron utilityProcess and host mode embed it as is.
 */
import type { OPCUACertificateManager } from "node-opcua";
import path from "node:path";
import type { AlarmState, AssetInfo, CoreToWindowMessage, EndpointStatus, SiteInfo, WindowRole } from "../../../contract/api";
import type { ActionService } from "../actions/action-service";
import { AlarmHistoryService } from "../alarms/alarm-history";
import { readUnshelveTime } from "../alarms/unshelve-time";
import { AlarmService } from "../alarms/alarm-service";
import { ConnectionService, resolveEndpoints } from "../connections/connection-service";
import { createClientPki } from "../connections/pki";
import type { PasswordKeeper } from "../credentials/password-keeper";
import { EngineeredValues } from "../engineering/engineered-values";
import { seedEngineeredModel } from "../engineering/site-model-seed";
import { HistorianService } from "../history/historian-service";
import { HistoryReader } from "../history/history-reader";
import { OverviewService } from "../overview/overview-service";
import { TagClasses } from "../history/tag-classes";
import { AssetIndex } from "../model/asset-index";
import { IdentityService } from "../identity/identity-service";
import { ModelService } from "../model/model-service";
import { NotesService } from "../notes/notes-service";
import { handoverService } from "../handover/handover-wiring";
import { SourceAncestry } from "../model/source-ancestry";
import { SourceLinker } from "../model/source-linker";
import { WindowHub } from "../rpc/window-hub";
import type { WindowLink } from "../rpc/window-link";
import type { SiteConfig } from "../sites/site-config";
import { openStore, type Store } from "../store/store";
import { ValueService } from "../values/value-service";
import { stderrLog, type CoreLog } from "../log/core-log";
import { contractHandlers, dispatch, type CoreServices, type HandlerTable } from "./handlers";
import { debounceRelink } from "./relink-debounce";
import { siteInfoOf } from "./site-info";
import { NoticeBoard } from "./notice-board";
import { offlineService } from "./offline-wiring";
import { engineeringServices } from "./engineering-wiring";
import { actionServices } from "./action-wiring";

export interface CoreOptions {
  site: SiteConfig;
  /** Where the SQLite file and the PKI live. */
  dataDir: string;
  /** URL for each endpoint id that has none in the site config (embedded simulators). */
  endpointUrls?: Map<string, string>;
  nativeBinding?: string;
  /** The store worker's entry file when bundled (Electron); found next to the source otherwise. */
  storeWorkerFile?: string;
  /** The workstation PKI, when the caller already made it (to trust an embedded simulator). */
  pki?: OPCUACertificateManager;
  /** How often the last values are written to SQLite. */
  persistIntervalMs?: number;
  log?: CoreLog;
  /** Where kept station passwords are (the desktop app's safeStorage); an owner-only key file in the data folder otherwise. */
  passwords?: PasswordKeeper;
}

const PRUNE_INTERVAL_MS = 60 * 60 * 1000;
/** Saves this close together share one ConditionRefresh. */
const RELINK_DELAY_MS = 200;


export class ControlRoomService {
  private readonly hub: WindowHub;
  private readonly handlers: HandlerTable;
  private pruneTimer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly site: SiteConfig,
    private readonly store: Store,
    private readonly notices: NoticeBoard,
    /** Everything the handler table serves, and what start and stop need of it. */
    private readonly services: Omit<CoreServices, "siteInfo">,
    private readonly historian: HistorianService,
    hubFor: (service: ControlRoomService) => WindowHub,
  ) {
    this.handlers = contractHandlers({ ...services, siteInfo: () => this.getSite() });
    this.hub = hubFor(this);
  }

  /** The action service (tests read an outbox row through it). */
  get actions(): ActionService {
    return this.services.actions;
  }

  static async start(options: CoreOptions): Promise<ControlRoomService> {
    const { site } = options;
    const log = options.log ?? stderrLog;
    const endpoints = resolveEndpoints(site, options.endpointUrls);
    const pki = options.pki ?? (await createClientPki(path.join(options.dataDir, "pki")));
    const store = await openStore({
      file: path.join(options.dataDir, "control-room.sqlite"),
      nativeBinding: options.nativeBinding,
      workerFile: options.storeWorkerFile,
    });
    try {
      // Windows connect only after construction, but services need to publish: late-bound.
      let hub: WindowHub | null = null;
      const publish: WindowHub["broadcast"] = (topic, payload) => hub?.broadcast(topic, payload);
      const notices = new NoticeBoard(log, (n) => publish("notice", n));
      notices.addStartNotices(store.notices);
      const storeFailed = (err: unknown) => notices.tell("store-error", `The local store could not be written: ${(err as Error).message}`);
      store.onError((err) => storeFailed(err));

      // Alarms whose source is below an asset link to it: ancestors browsed once, cached.
      const ancestry = new SourceAncestry();
      const index = new AssetIndex((endpointId, nodeId) => ancestry.ancestorsOf(endpointId, nodeId));
      const model = new ModelService(index, store.models, store.engineered, (assets) => publish("assets", assets), storeFailed);
      const tagClasses = new TagClasses(() => index.list());
      const historian = new HistorianService({ store: store.historian, retention: site.history, serviceOf: (id) => tagClasses.serviceOf(id), failed: storeFailed });
      const values = new ValueService(index, store.lastValues, storeFailed, historian);
      const alarms = new AlarmService(index, store.journal, (delta) => publish("alarms", delta), storeFailed, async (alarm) => {
        const session = connections?.sessionFor(alarm.endpointId);
        return session ? readUnshelveTime(session, alarm.conditionId) : null;
      });
      const seeded = await seedEngineeredModel(store.engineered, site);
      if (seeded?.seeded) log.info({ assets: seeded.seeded }, "Engineered model taken from the site file into an empty store");
      if (seeded?.kept) log.warn({ stored: seeded.kept }, "The site file carries an engineered model, but this workstation's store has its own: the store's is kept (export and compare it in the engineering view)");
      await model.restore();
      await values.restore();
      await alarms.restore();

      let connections: ConnectionService | null = null;
      let identity: IdentityService | null = null;
      const { keptPasswords, certificates, commands, executor, actions } = actionServices({
        ...{ site, dataDir: options.dataDir, endpoints, pki, passwords: options.passwords, store, index, alarms, values, notices, publish },
        connections: () => connections,
        identity: () => identity,
      });
      const sessionFor = (id: EndpointStatus["endpointId"]) => connections?.sessionFor(id) ?? null;
      const engineeredValues = new EngineeredValues({
        sessionFor,
        tagsOf: (id) => model.engineeredTags(id),
        onValue: (v) => values.onValue(v),
        samplingIntervalMs: (id) => endpoints.find((e) => e.id === id)?.samplingIntervalMs ?? 250,
        failed: (id, err) => log.error({ endpointId: id, err }, "Monitoring engineered tags failed"),
      });
      const linker = new SourceLinker(index, ancestry, sessionFor, (err) => log.error({ err }, "Linking alarms to assets failed"));
      connections = new ConnectionService(endpoints, pki, {
        onStatus: (status) => {
          historian.onConnection(status);
          alarms.onConnection(status);
          // Refreshing: values flow already, only the alarm picture is being rebuilt.
          if (status.state !== "connected" && status.state !== "refreshing") values.markEndpointStale(status.endpointId);
          publish("connection", status);
        },
        onModel: (id, discovered) => {
          // A new session: the server may have restarted with another address space.
          ancestry.forget(id);
          alarms.streamRestarted(id);
          model.onDiscovered(id, discovered);
          void engineeredValues.sync(id);
        },
        onValue: (v) => values.onValue(v),
        onAlarmEvents: (id, batch) => linker.deliver(id, batch, (linked) => alarms.onEvents(id, linked)),
        onReady: (id) => executor.replay(id).catch((err: unknown) => log.error({ endpointId: id, err }, "Outbox replay failed")),
        onPersonRefused: (id, reason) => {
          notices.tell("internal-error", reason);
          void identity?.personRefused(reason).catch((err: unknown) => log.error({ endpointId: id, err }, "Sign-out after a refusal failed"));
        },
        onSwitchover: (id, from, to, reason) => log.warn({ endpointId: id, from, to, reason }, "Endpoint moved to another server of its redundant set"),
      });
      const switcher = connections;
      alarms.useRefresh((id) => switcher.refreshConditions(id));
      alarms.useSessions(sessionFor);
      const relink = debounceRelink(
        (id) => {
          alarms.relink(id);
          return switcher.refreshConditions(id);
        },
        (id, err) => log.warn({ endpointId: id, err }, "ConditionRefresh after a model change failed"),
        RELINK_DELAY_MS,
      );
      const { engineering, tagLists } = engineeringServices({ site, endpointIds: endpoints.map((e) => e.id), sessionFor, model, store, values: engineeredValues, relinkAlarms: (id) => relink(id) });
      identity = new IdentityService(site, store.verifiers, store.audit, { switchUser: (p) => switcher.switchUser(p) }, (info) => {
        publish("session", info);
        // Whoever signed in may have actions of theirs waiting from an offline spell.
        if (info.person) for (const endpoint of endpoints) void executor.replay(endpoint.id).catch((err: unknown) => log.error({ err }, "Outbox replay failed"));
      });

      const valueHistory = new HistoryReader({ store: store.historian, historian, sessionFor });
      const assetName = (id: string) => model.list().find((a) => a.id === id)?.name ?? null;
      const notes = new NotesService({ permissions: site.permissions, repo: store.notes, actions, alarms, assetName, history: new AlarmHistoryService(store.history) });
      const offline = offlineService({ dataDir: options.dataDir, nativeBinding: options.nativeBinding, site, model, values, valueHistory, publish: (status) => publish("offline", status) });
      const services = {
        overview: new OverviewService({ assets: () => model.list(), current: (id) => values.cache.get(id), store: store.historian, flush: () => historian.flush(), timeZone: site.timeZone }),
        handover: handoverService(site, store, alarms, model),
        history: new AlarmHistoryService(store.history, siteInfoOf(site, []).positions),
        auditTrail: store.audit,
        ...{ keptPasswords, offline, model, connections, values, alarms, actions, identity, certificates, engineering, tagLists, valueHistory, notes, commands },
      } satisfies Omit<CoreServices, "siteInfo">;
      const service = new ControlRoomService(site, store, notices, services, historian, (self) => {
        hub = new WindowHub({
          call: (link, method, args) => dispatch(self.handlers, self.contextOf(link), method, args),
          closed: (link) => values.release(link),
        });
        return hub;
      });
      values.startPersisting(options.persistIntervalMs ?? 1000);
      historian.start(options.persistIntervalMs ?? 1000);
      service.pruneTimer = setInterval(() => void store.prune().catch(storeFailed), PRUNE_INTERVAL_MS);
      service.pruneTimer.unref();
      connections.start();
      return service;
    } catch (err) {
      // A failed start leaves nothing running and the database closed.
      await store.close().catch(() => undefined);
      throw err;
    }
  }

  /** The person a window's calls act for: whoever is signed in on this workstation now. */
  private contextOf(link: WindowLink) {
    return { link, person: this.services.identity.current() };
  }

  connectWindow(transmit: (message: CoreToWindowMessage) => void, role: WindowRole = "operator"): WindowLink {
    return this.hub.connect(transmit, role);
  }

  getSite(): SiteInfo {
    return siteInfoOf(this.site, this.notices.list());
  }

  listAssets(): AssetInfo[] {
    return this.services.model.list();
  }

  getConnections(): EndpointStatus[] {
    return this.services.connections.list();
  }

  listAlarms(): AlarmState[] {
    return this.services.alarms.list();
  }

  /**
   * A failure nobody awaited (an unhandled rejection in this process): logged by the caller's
   * handler, and told to the windows so a person knows something went wrong.
   */
  reportInternalError(reason: unknown): void {
    const text = reason instanceof Error ? reason.message : String(reason);
    this.notices.tell("internal-error", `Internal error in the control-room core: ${text}`);
  }

  /** Value notifications received from every endpoint since start. */
  valueNotifications(): number {
    return this.services.values.received;
  }

  /** Audit rows, newest first (tests; windows read the trail through listAuditTrail). */
  audit(limit = 100) {
    return this.store.audit.list(limit);
  }

  /** Waits until every endpoint has been connected and its model discovered, or the timeout. */
  async whenConnected(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const all = this.site.endpoints.every((e) => this.services.model.wasDiscovered(e.id));
      if (this.services.connections.allConnected() && all) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  async stop(): Promise<void> {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.hub.closeAll();
    await this.services.engineering.stop();
    await this.services.offline.stop();
    await this.services.connections.stop();
    await this.services.values.stop();
    await this.historian.stop();
    await this.store.close();
  }
}
