/**
 * Every method a window may call: a zod schema for its arguments (checked by the core whatever
 * the transport) and its result type. A method added here without a core handler, or a handler
 * returning the wrong type, fails to compile (main/core/composition/handlers.ts).
 */
import { z } from "zod";
import { OUTBOX_STATUSES, type ActionResult, type OutboxEntry } from "./actions";
import { listAuditTrailArgs, verifyAuditTrailArgs, type AuditTrailEntry, type AuditVerification } from "./audit";
import type { CertificateList } from "./certificates";
import { keepEndpointPasswordArgs, type KeptPassword } from "./credentials";
import { listCommandsArgs, writeCommandArgs, type AssetCommands, type CommandResult } from "./commands";
import type { AlarmState, AssetInfo, SiteInfo, TagValue } from "./domain";
import type { EndpointStatus } from "./endpoint-status";
import {
  browseNodeArgs,
  deleteEngineeredAssetArgs,
  listEngineeredAssetsArgs,
  listModelVersionsArgs,
  readNodeArgs,
  saveEngineeredAssetArgs,
  searchNodesArgs,
  type BrowsePage,
  type EndpointModel,
  type EngineeredAsset,
  type ModelVersion,
  type NodeDetails,
  type NodeSearchResult,
  type SavedAsset,
  type SiteExport,
} from "./engineering";
import { alarmKpisArgs, searchAlarmHistoryArgs, type AlarmHistoryPage, type AlarmKpis } from "./history";
import { readHistoryArgs, type HistoryValues } from "./history-values";
import { handoverSummaryArgs, signHandoverArgs, type HandoverSummary } from "./handover";
import { fieldAreaArgs, importTilesArgs, tileAreaArgs, type BasemapFile, type FieldEstimate, type OfflineJob, type OfflineMapStatus, type TileEstimate } from "./tiles";
import { addNoteArgs, maintenanceHistoryArgs, notePhotoArgs, type FieldNote, type MaintenanceHistoryPage, type NotePhoto } from "./notes";
import { readOverviewArgs, type CityOverview } from "./overview";
import { exportTagListArgs, importTagListArgs, previewTagListArgs, type TagListExport, type TagListImport, type TagListPreview } from "./tag-list";
import { looksLikeId, type AlarmId, type AssetId, type EndpointId, type TagId } from "./ids";
import type { SharedSelection } from "./events";
import type { SessionInfo } from "./session";

const noArgs = z.object({}).strict();
const idArg = <T extends string>(what: string, max: number) =>
  z.custom<T>((v) => typeof v === "string" && v.length <= max && looksLikeId(v), `a ${what} id (endpoint|node)`);
const tagIds = z.array(idArg<TagId>("tag", 2048)).max(200_000);
const alarmIdArg = idArg<AlarmId>("alarm", 4096);
const assetIdArg = idArg<AssetId>("asset", 2048);
const outboxId = z.number().int().positive();
/** A SHA-1 certificate thumbprint as OPC UA tools show it; colons and upper case are accepted. */
const thumbprint = z
  .string()
  .trim()
  .transform((t) => t.replace(/:/g, "").toLowerCase())
  .pipe(z.string().regex(/^[0-9a-f]{40}$/, "a SHA-1 thumbprint (40 hex digits)"));

export const methodArgs = {
  getSite: noArgs,
  getSession: noArgs,
  /** The person's own user name and password, checked by the servers (or offline, by the last online sign-in). */
  signIn: z.object({ login: z.string().trim().min(1).max(256), password: z.string().min(1).max(1024) }).strict(),
  /** Back to the read-only station identity. */
  signOut: noArgs,
  listAssets: noArgs,
  getConnections: noArgs,
  /** Starts value delivery for these tags to this window; answers with their current values. */
  subscribeTags: z.object({ tagIds }).strict(),
  unsubscribeTags: z.object({ tagIds }).strict(),
  listAlarms: noArgs,
  acknowledgeAlarm: z.object({ alarmId: alarmIdArg, comment: z.string().trim().max(2000) }).strict(),
  /** Part 9 Confirm: a supervisor confirms an acknowledged alarm was dealt with. */
  confirmAlarm: z.object({ alarmId: alarmIdArg, comment: z.string().trim().max(2000) }).strict(),
  /** Part 9 AddComment: a note on the condition every client sees. */
  commentAlarm: z.object({ alarmId: alarmIdArg, comment: z.string().trim().min(1).max(2000) }).strict(),
  /**
   * Timed (durationMs, bounded by the server's MaxTimeShelved) or one-shot (until the alarm
   * returns to normal) shelving; the reason is required and audited.
   */
  shelveAlarm: z
    .object({
      alarmId: alarmIdArg,
      kind: z.enum(["timed", "one-shot"]),
      durationMs: z.number().int().min(1000).max(30 * 24 * 3600_000).optional(),
      reason: z.string().trim().min(1).max(2000),
    })
    .strict()
    .refine((a) => (a.kind === "timed") === (a.durationMs !== undefined), {
      message: "durationMs goes with a timed shelve, and only with it",
      path: ["durationMs"],
    }),
  unshelveAlarm: z.object({ alarmId: alarmIdArg }).strict(),
  /** Part 9 Enable / Disable: takes a condition out of service and back, with a reason. */
  setAlarmEnabled: z.object({ alarmId: alarmIdArg, enabled: z.boolean(), reason: z.string().trim().min(1).max(2000) }).strict(),
  /** Outbox rows, newest first; by default the ones a person may still have to act on. */
  listActions: z
    .object({
      statuses: z.array(z.enum(OUTBOX_STATUSES)).max(OUTBOX_STATUSES.length).optional(),
      limit: z.number().int().min(1).max(5000).default(500),
    })
    .strict(),
  /** Asks again on the target's current state (a fresh EventId for an acknowledge). */
  retryAction: z.object({ outboxId }).strict(),
  /** Gives an action up; the reason goes into the audit trail. */
  discardAction: z.object({ outboxId, reason: z.string().trim().min(1).max(2000) }).strict(),
  /** The alarm journal and audit trail, newest first, filtered; any window may ask (read-only). */
  searchAlarmHistory: searchAlarmHistoryArgs,
  /** EEMUA 191 / ISA-18.2 alarm KPIs from the journal for a range, optionally one service; read-only. */
  alarmKpis: alarmKpisArgs,
  /** Moves the map to this asset in every window that shows one (focus topic); read-only, any window. */
  showOnMap: z.object({ assetId: assetIdArg }).strict(),
  /** Shares this window's selection with every window (selection topic); read-only, any window. */
  select: z.object({ assetId: assetIdArg.nullable(), alarmId: alarmIdArg.nullable(), origin: z.string().min(1).max(64) }).strict(),
  /** The last selection shared (null: none since the core started), for a window that opens later. */
  getSelection: noArgs,
  /** The workstation's own certificate and the servers' certificates it trusts or rejected (facts only). */
  listCertificates: noArgs,
  /**
   * Trusts a server certificate (by thumbprint) from the workstation's rejected/ folder; the
   * endpoints it refused reconnect at once. `endpointId` names the endpoint the person saw it on.
   */
  trustCertificate: z.object({ thumbprint, endpointId: z.string().min(1).max(64).transform((id) => id as EndpointId).optional() }).strict(),
  /**
   * This endpoint tries to connect now, its back-off reset (a person fixed the cause, or will
   * not wait); a connected endpoint is left alone. Anyone signed in, from any window.
   */
  retryEndpoint: z.object({ endpointId: z.string().min(1).max(64).transform((id) => id as EndpointId) }).strict(),
  /** Moves a server certificate to rejected/: endpoints connected with it reconnect, and are refused. */
  rejectCertificate: z.object({ thumbprint }).strict(),
  /** A new self-signed certificate for the workstation (the old one is set aside); servers must trust it. */
  renewOwnCertificate: noArgs,
  /** Which endpoints' station passwords this workstation keeps (contract/credentials.ts); never the passwords. */
  listKeptPasswords: noArgs,
  /** Keeps a station password on this workstation (trust permission, audited without it); the endpoint connects with it. */
  keepEndpointPassword: keepEndpointPasswordArgs,
  /** Engineering (contract/engineering.ts), engineer role only: one page of a node's children, with continuation. */
  browseNode: browseNodeArgs,
  /** A node's attributes, live value, unit and range (AnalogItems) and references. */
  readNode: readNodeArgs,
  /** Nodes whose BrowseName or DisplayName holds the text, below a root, bounded. */
  searchNodes: searchNodesArgs,
  /** Makes (or changes) an asset from a node and its picked variables; a new model version, audited. */
  saveEngineeredAsset: saveEngineeredAssetArgs,
  deleteEngineeredAsset: deleteEngineeredAssetArgs,
  listEngineeredAssets: listEngineeredAssetsArgs,
  /** Changes to the engineered model, newest first: who, when, what. */
  listModelVersions: listModelVersionsArgs,
  /** Per endpoint: assets discovered by our convention and engineered; says when discovery found nothing. Any window. */
  listEndpointModels: noArgs,
  /** Tag lists (contract/tag-list.ts), engineer role only: how a CSV file reads (encoding, separator, mapping, first rows, errors). */
  previewTagList: previewTagListArgs,
  /** Imports a tag list onto an endpoint with the confirmed mapping; refused while any row is in error. */
  importTagList: importTagListArgs,
  /** An endpoint's engineered model as a tag list (UTF-8 with a BOM, the chosen separator and decimal mark). */
  exportTagList: exportTagListArgs,
  /** The site file with the engineered model in it (engineer role): what another workstation starts from. */
  exportSite: noArgs,
  /** A tag's history (contract/history-values.ts), raw or aggregated, gaps filled from the server where it keeps history; read-only, any window. */
  readHistory: readHistoryArgs,
  /** Offline maps (contract/tiles.ts): the basemap files, the running job, the site's districts; read-only, any window. */
  getOfflineMaps: noArgs,
  /** How many tiles an area at these zooms is, how many we have, and the bytes it would take. */
  estimateTiles: tileAreaArgs,
  /** Starts downloading an area's tiles from the site's tile server (field permission); progress on the offline topic. */
  downloadTiles: tileAreaArgs,
  /** Copies a checked MBTiles file (a path on this workstation) in as the basemap (field permission). */
  importTiles: importTilesArgs,
  /** What preparing an area for the field would take: assets, tags, history and tiles, in bytes. */
  estimateField: fieldAreaArgs,
  /** Makes sure an area's model, last values, history for the period and tiles are in the store (field permission). */
  prepareForField: fieldAreaArgs,
  /** Cancels the running download or preparation; what it fetched is kept and a new start resumes. */
  cancelOfflineJob: noArgs,
  /** The command tags of an asset (contract/commands.ts), read from its server; any window may ask. */
  listCommands: listCommandsArgs,
  /** Writes a command tag: the command permission, never queued (refused at once while offline), audited old → new. */
  writeCommand: writeCommandArgs,
  /** A field note (contract/notes.ts) on an asset or an alarm, kept first; an alarm's also goes to its server as a comment. Needs the comment permission. */
  addNote: addNoteArgs,
  /** An asset's notes, alarm states and actions, newest first, a page at a time; read-only, any window. */
  maintenanceHistory: maintenanceHistoryArgs,
  /** A note's photo (base64); read-only, any window. */
  notePhoto: notePhotoArgs,
  /** The audit trail, newest first (contract/audit.ts); read-only, any window. */
  listAuditTrail: listAuditTrailArgs,
  /** Walks the audit hash chain and names the first broken row; read-only, any window. */
  verifyAuditTrail: verifyAuditTrailArgs,
  /** The city overview (contract/overview.ts): the goals as figures per service and district, from live values and the historian; read-only, any window. */
  readOverview: readOverviewArgs,
  /** A shift's handover summary (contract/handover.ts): the current or the previous shift of the site's calendar; read-only, any window. */
  handoverSummary: handoverSummaryArgs,
  /** Signs a handover note for the current or previous shift (the handover permission), audited, kept for the incoming shift. */
  signHandover: signHandoverArgs,
} as const;

export type MethodName = keyof typeof methodArgs;
/** What the core's handler receives, after validation and defaults. */
export type MethodArgs<M extends MethodName> = z.output<(typeof methodArgs)[M]>;
/** What a window passes. */
export type MethodInput<M extends MethodName> = z.input<(typeof methodArgs)[M]>;

export interface MethodResults {
  getSite: SiteInfo;
  getSession: SessionInfo;
  signIn: SessionInfo;
  signOut: SessionInfo;
  listAssets: AssetInfo[];
  getConnections: EndpointStatus[];
  subscribeTags: TagValue[];
  unsubscribeTags: { count: number };
  listAlarms: AlarmState[];
  acknowledgeAlarm: ActionResult;
  confirmAlarm: ActionResult;
  commentAlarm: ActionResult;
  shelveAlarm: ActionResult;
  unshelveAlarm: ActionResult;
  setAlarmEnabled: ActionResult;
  listActions: OutboxEntry[];
  retryAction: ActionResult;
  discardAction: OutboxEntry;
  searchAlarmHistory: AlarmHistoryPage;
  alarmKpis: AlarmKpis;
  /** How many windows were told (the map windows among them move). */
  showOnMap: { windows: number };
  /** How many windows were told, and the selection's place in the core's order. */
  select: { windows: number; seq: number };
  getSelection: SharedSelection | null;
  listCertificates: CertificateList;
  trustCertificate: ActionResult;
  rejectCertificate: ActionResult;
  renewOwnCertificate: ActionResult;
  listKeptPasswords: KeptPassword[];
  keepEndpointPassword: ActionResult;
  /** The endpoint's status after the request (an attempt under way, or connected as it was). */
  retryEndpoint: EndpointStatus;
  browseNode: BrowsePage;
  readNode: NodeDetails;
  searchNodes: NodeSearchResult;
  saveEngineeredAsset: SavedAsset;
  deleteEngineeredAsset: { version: ModelVersion };
  listEngineeredAssets: EngineeredAsset[];
  listModelVersions: ModelVersion[];
  listEndpointModels: EndpointModel[];
  previewTagList: TagListPreview;
  importTagList: TagListImport;
  exportTagList: TagListExport;
  exportSite: SiteExport;
  readHistory: HistoryValues;
  getOfflineMaps: OfflineMapStatus;
  estimateTiles: TileEstimate;
  downloadTiles: OfflineJob;
  importTiles: BasemapFile;
  estimateField: FieldEstimate;
  prepareForField: OfflineJob;
  cancelOfflineJob: { job: OfflineJob | null };
  listCommands: AssetCommands;
  writeCommand: CommandResult;
  addNote: FieldNote;
  maintenanceHistory: MaintenanceHistoryPage;
  notePhoto: NotePhoto;
  listAuditTrail: AuditTrailEntry[];
  verifyAuditTrail: AuditVerification;
  readOverview: CityOverview;
  handoverSummary: HandoverSummary;
  signHandover: ActionResult;
}

export const METHOD_NAMES = Object.keys(methodArgs) as MethodName[];
