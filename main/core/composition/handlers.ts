/**
 * The contract's dispatch: one handler per method, typed from the contract. A method added to
 * contract/methods.ts without a handler here, or a handler returning the wrong result type,
 * does not compile.
 */
import { windowActs, type MethodArgs, type MethodName, type MethodResults, type SharedSelection, type SiteInfo, type WindowRole } from "../../../contract/api";
import type { ActionService } from "../actions/action-service";
import type { AuditRepository } from "../store/audit-repository";
import type { Person } from "../store/outbox-repository";
import type { AlarmHistoryService } from "../alarms/alarm-history";
import type { AlarmService } from "../alarms/alarm-service";
import type { CommandCatalog } from "../commands/command-catalog";
import type { CertificateService } from "../connections/certificate-service";
import type { KeptPasswords } from "../credentials/kept-passwords";
import type { ConnectionService } from "../connections/connection-service";
import type { EngineeringService } from "../engineering/engineering-service";
import type { TagListService } from "../engineering/tag-list-service";
import type { HistoryReader } from "../history/history-reader";
import type { IdentityService } from "../identity/identity-service";
import type { ModelService } from "../model/model-service";
import type { OfflineService } from "../tiles/offline-service";
import type { NotesService } from "../notes/notes-service";
import type { OverviewService } from "../overview/overview-service";
import type { HandoverService } from "../handover/handover-service";
import { CoreError } from "../rpc/core-error";
import type { WindowLink } from "../rpc/window-link";
import type { ValueService } from "../values/value-service";

/** Who is calling: the window, and the person whose authority the call carries (null: nobody signed in). */
export interface CallContext {
  link: WindowLink;
  person: Person | null;
}

export type HandlerTable = {
  [M in MethodName]: (ctx: CallContext, args: MethodArgs<M>) => Promise<MethodResults[M]>;
};

export interface CoreServices {
  siteInfo(): SiteInfo;
  model: ModelService;
  connections: ConnectionService;
  values: ValueService;
  alarms: AlarmService;
  actions: ActionService;
  identity: IdentityService;
  /** Journal and audit search, alarm KPIs: read-only, any window. */
  history: AlarmHistoryService;
  certificates: CertificateService;
  /** The address-space browser and the engineered asset model (engineer permission, checked there). */
  engineering: EngineeringService;
  /** Tag list preview, import and export (engineer permission, checked there). */
  tagLists: TagListService;
  /** Tag value history (the historian), filled from servers' history where it has gaps: read-only, any window. */
  valueHistory: HistoryReader;
  /** The audit trail and the check of its hash chain: read-only, any window. */
  auditTrail: Pick<AuditRepository, "list" | "verify">;
  /** Offline map tiles and preparing for the field (the field permission, checked there). */
  offline: OfflineService;
  /** Which tags are operator commands (contract/commands.ts); writing one is the registry's "write". */
  commands: CommandCatalog;
  /** Field notes and an asset's maintenance history. */
  notes: NotesService;
  /** The city overview's figures: read-only, any window. */
  overview: OverviewService;
  /** The shift handover summary (read-only, any window); signing its note is the registry's "handover-note". */
  handover: HandoverService;
  /** Station passwords this workstation keeps; entering one is the registry's "keep-password". */
  keptPasswords: Pick<KeptPasswords, "list">;
}

/** Why a role window refuses to act, in words ("This window shows the map only"). */
function showsOnly(role: WindowRole): string {
  return `This window shows the ${role === "kpis" ? "alarm KPIs" : role === "alarms" ? "alarm panel" : role} only`;
}

/** Actions need a person, from a window meant for acting: anything else is refused in words. */
function actor({ link, person }: CallContext): Person {
  if (!windowActs(link.role)) throw new CoreError("forbidden", `${showsOnly(link.role)}: act from the operator window`);
  if (!person) throw new CoreError("forbidden", "Nobody is signed in on this workstation: sign in to act on alarms");
  return person;
}

/** Engineering needs a signed-in person too (the permission is checked by the engineering service). */
function engineer({ link, person }: CallContext): Person {
  if (!windowActs(link.role)) throw new CoreError("forbidden", `${showsOnly(link.role)}: engineer from the operator window`);
  if (!person) throw new CoreError("forbidden", "Nobody is signed in on this workstation: an engineer signs in to browse servers and change the asset model");
  return person;
}

/** Preparing for the field acts for a person too (the field permission is checked by the offline service). */
function fieldCrew({ link, person }: CallContext): Person {
  if (!windowActs(link.role)) throw new CoreError("forbidden", `${showsOnly(link.role)}: prepare for the field from the operator window`);
  if (!person) throw new CoreError("forbidden", "Nobody is signed in on this workstation: a maintenance engineer signs in to download map tiles or prepare for the field");
  return person;
}

export function contractHandlers(core: CoreServices): HandlerTable {
  let focusSeq = 0;
  let selectionSeq = 0;
  let lastSelection: SharedSelection | null = null;
  return {
    getSite: async () => core.siteInfo(),
    getSession: async () => core.identity.info(),
    signIn: (_ctx, { login, password }) => core.identity.signIn(login, password),
    signOut: () => core.identity.signOut(),
    listAssets: async () => core.model.list(),
    getConnections: async () => core.connections.list(),
    subscribeTags: async ({ link }, { tagIds }) => core.values.subscribe(link, tagIds),
    unsubscribeTags: async ({ link }, { tagIds }) => ({ count: core.values.unsubscribe(link, tagIds) }),
    listAlarms: async () => core.alarms.list(),
    acknowledgeAlarm: (ctx, args) => core.actions.request("acknowledge", args, actor(ctx)),
    confirmAlarm: (ctx, args) => core.actions.request("confirm", args, actor(ctx)),
    commentAlarm: (ctx, args) => core.actions.request("comment", args, actor(ctx)),
    shelveAlarm: (ctx, args) => core.actions.request("shelve", args, actor(ctx)),
    unshelveAlarm: (ctx, args) => core.actions.request("unshelve", args, actor(ctx)),
    setAlarmEnabled: (ctx, { enabled, ...args }) => core.actions.request(enabled ? "enable" : "disable", args, actor(ctx)),
    listActions: (_ctx, filter) => core.actions.list(filter),
    retryAction: (ctx, { outboxId }) => core.actions.retry(outboxId, actor(ctx)),
    discardAction: (ctx, { outboxId, reason }) => core.actions.discard(outboxId, reason, actor(ctx)),
    // Read-only: any window, signed in or not.
    searchAlarmHistory: (_ctx, args) => core.history.search(args),
    alarmKpis: (_ctx, args) => core.history.kpis(args),
    // Moves maps, changes nothing else: any window may ask, a map wall included.
    showOnMap: async ({ link }, { assetId }) => {
      if (!core.model.list().some((a) => a.id === assetId)) throw new CoreError("not-found", `No asset "${assetId}" is known to the workstation`);
      return { windows: link.everyWindow("focus", { assetId, seq: ++focusSeq }) };
    },
    // A shared selection changes what windows show, nothing else: any window may choose.
    select: async ({ link }, { assetId, alarmId, origin }) => {
      if (assetId && !core.model.list().some((a) => a.id === assetId)) throw new CoreError("not-found", `assetId: no asset "${assetId}" is known to the workstation`);
      if (alarmId && !core.alarms.list().some((a) => a.id === alarmId)) throw new CoreError("not-found", `alarmId: no alarm "${alarmId}" is open on the workstation`);
      lastSelection = { assetId, alarmId, seq: ++selectionSeq, origin };
      return { windows: link.everyWindow("selection", lastSelection), seq: lastSelection.seq };
    },
    getSelection: async () => lastSelection,
    listCertificates: async () => core.certificates.list(),
    trustCertificate: (ctx, args) => core.actions.request("trust-certificate", args, actor(ctx)),
    rejectCertificate: (ctx, args) => core.actions.request("reject-certificate", args, actor(ctx)),
    renewOwnCertificate: (ctx, args) => core.actions.request("renew-certificate", args, actor(ctx)),
    listKeptPasswords: async () => core.keptPasswords.list(),
    keepEndpointPassword: (ctx, args) => core.actions.request("keep-password", args, actor(ctx)),
    // Harmless and often urgent: any window, a map wall included, as long as someone is signed in.
    retryEndpoint: async ({ person }, { endpointId }) => {
      if (!person) throw new CoreError("forbidden", "Nobody is signed in on this workstation: sign in to retry a connection");
      const status = core.connections.retryOne(endpointId);
      if (!status) throw new CoreError("not-found", `No endpoint "${endpointId}" in this site`);
      return status;
    },
    browseNode: (ctx, args) => core.engineering.browse(engineer(ctx), args),
    readNode: (ctx, args) => core.engineering.read(engineer(ctx), args),
    searchNodes: (ctx, args) => core.engineering.search(engineer(ctx), args),
    saveEngineeredAsset: (ctx, args) => core.engineering.save(engineer(ctx), args),
    deleteEngineeredAsset: (ctx, args) => core.engineering.delete(engineer(ctx), args),
    // Read-only, any window: the model's content and history are no secret on the workstation.
    listEngineeredAssets: async (_ctx, args) => core.engineering.listEngineered(args),
    listModelVersions: (_ctx, args) => core.engineering.versions(args),
    listEndpointModels: async () => core.engineering.endpointModels(),
    previewTagList: async (ctx, args) => core.tagLists.preview(engineer(ctx), args),
    importTagList: (ctx, args) => core.tagLists.import(engineer(ctx), args),
    exportTagList: async (ctx, args) => core.tagLists.export(engineer(ctx), args),
    exportSite: async (ctx) => core.engineering.exportSite(engineer(ctx)),
    // Read-only, any window: what the workstation recorded, and what the server's history adds.
    readHistory: (_ctx, args) => core.valueHistory.read(args),
    // Read-only, any window: the view switch offers the Audit view to supervisors and engineers.
    listAuditTrail: (_ctx, { limit }) => core.auditTrail.list(limit),
    verifyAuditTrail: () => core.auditTrail.verify(),
    // Offline maps: what is there and what an area would take, for any window; acting needs the field permission.
    getOfflineMaps: async () => core.offline.status(),
    estimateTiles: async (_ctx, { area, zooms }) => core.offline.estimateTiles(area, zooms),
    downloadTiles: async (ctx, { area, zooms }) => core.offline.downloadTiles(fieldCrew(ctx), area, zooms),
    importTiles: async (ctx, { file }) => core.offline.importFile(fieldCrew(ctx), file),
    estimateField: async (_ctx, { area, zooms, from, to }) => core.offline.estimateField(area, zooms, from, to),
    prepareForField: async (ctx, { area, zooms, from, to }) => core.offline.prepareForField(fieldCrew(ctx), area, zooms, from, to),
    cancelOfflineJob: async (ctx) => ({ job: core.offline.cancel(fieldCrew(ctx)) }),
    // Which tags are commands: read-only, any window (the map wall shows no control, the core refuses its writes).
    listCommands: (_ctx, { assetId }) => core.commands.forAsset(assetId),
    writeCommand: async (ctx, args) => {
      const result = await core.actions.request("write", args, actor(ctx));
      const row = await core.actions.get(result.outboxId);
      return { ...result, serverStatus: row?.serverStatus ?? null };
    },
    // A note is the signed-in person's (the comment permission, checked there); reading is for any window.
    addNote: (ctx, args) => core.notes.add(actor(ctx), args),
    maintenanceHistory: (_ctx, args) => core.notes.history(args),
    notePhoto: (_ctx, { noteId }) => core.notes.photo(noteId),
    // Read-only, any window: a video wall shows the overview with nobody signed in.
    readOverview: () => core.overview.read(),
    // Read-only, any window; signing acts for the signed-in person (the handover permission, checked by the action service).
    handoverSummary: (_ctx, args) => core.handover.summary(args),
    signHandover: (ctx, args) => {
      const person = actor(ctx);
      return core.actions.request("handover-note", { ...args, signer: person }, person);
    },
  };
}

export function dispatch<M extends MethodName>(table: HandlerTable, ctx: CallContext, method: M, args: MethodArgs<M>): Promise<MethodResults[M]> {
  const handler: HandlerTable[M] = table[method];
  return handler(ctx, args);
}
