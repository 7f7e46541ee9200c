/**
 * The store worker's request table. Both ends of the thread boundary are derived from it: the
 * worker dispatches on its keys, and the core's client (store.ts) is typed by `StoreOps`, so an
 * operation cannot be called with the wrong arguments or read with the wrong result type.
 */
import type { AlarmId, AssetId, EndpointId, TagId, AssetInfo, ActionKind, OutboxStatus } from "../../../contract/api";
import type { KpiScope } from "../alarms/alarm-kpis";
import { AuditSql, type AuditEntry } from "./audit-repository";
import { EngineeredModelSql, type EngineeredAssetDraft, type ModelChange, type VersionQuery } from "./engineered-model-repository";
import { HistorianSql, type HistoryBatch, type HistoryRow } from "./historian-repository";
import type { HistoryRange } from "./historian-reads";
import type { HistoryRetention } from "./historian-retention";
import { HandoverSql, type HandoverRecord } from "./handover-repository";
import { HistorySql, type HistoryQuery } from "./history-repository";
import { JournalSql, type JournalRow } from "./journal-repository";
import { LastValueSql, type StoredValue } from "./last-value-repository";
import { ModelSql } from "./model-repository";
import { NotesSql, type NoteQuery, type NoteRecord } from "./notes-repository";
import type { Db } from "./open-database";
import { OutboxSql, type OutboxAnswer, type OutboxRecord, type Person } from "./outbox-repository";
import { prune, type Retention } from "./retention";
import { VerifierSql, type StoredVerifier } from "./verifier-repository";

export function makeHandlers(db: Db, retention: Retention) {
  const models = new ModelSql(db);
  const lastValues = new LastValueSql(db);
  const journal = new JournalSql(db);
  const outbox = new OutboxSql(db);
  const audit = new AuditSql(db);
  const verifiers = new VerifierSql(db);
  const history = new HistorySql(db);
  const engineered = new EngineeredModelSql(db);
  const historian = new HistorianSql(db);
  const notes = new NotesSql(db);
  const handover = new HandoverSql(db);
  return {
    "models.replaceEndpoint": (a: { endpointId: EndpointId; assets: AssetInfo[]; nodeIds: Map<TagId, string> }) =>
      models.replaceEndpoint(a.endpointId, a.assets, a.nodeIds),
    "models.load": () => models.load(),
    "engineered.load": () => engineered.load(),
    "engineered.save": (a: { draft: EngineeredAssetDraft; change: ModelChange }) => engineered.save(a.draft, a.change),
    "engineered.delete": (a: { assetId: AssetId; change: ModelChange }) => engineered.delete(a.assetId, a.change),
    "engineered.versions": (a: VersionQuery) => engineered.versions(a),
    "lastValues.stage": (a: { flush: number; rows: StoredValue[] }) => lastValues.stage(a.flush, a.rows),
    "lastValues.write": (a: { flush: number | null; rows: StoredValue[] }) => lastValues.write(a.flush, a.rows),
    "lastValues.loadAll": () => lastValues.loadAll(),
    "journal.append": (a: { rows: JournalRow[] }) => journal.append(a.rows),
    "journal.latest": () => journal.latest(),
    "journal.history": (a: { alarmId: AlarmId }) => journal.history(a.alarmId),
    "outbox.record": (a: OutboxRecord) => outbox.record(a),
    "outbox.claim": (a: { id: number }) => outbox.claim(a.id),
    "outbox.settle": (a: { id: number; status: "done" | "conflict" | "failed"; answer: OutboxAnswer }) =>
      outbox.settle(a.id, a.status, a.answer),
    "outbox.release": (a: { id: number; error: string }) => outbox.release(a.id, a.error),
    "outbox.pending": (a: { endpointId: EndpointId }) => outbox.pending(a.endpointId),
    "outbox.openFor": (a: { kind: ActionKind; target: string }) => outbox.openFor(a.kind, a.target),
    "outbox.get": (a: { id: number }) => outbox.get(a.id),
    "outbox.list": (a: { statuses?: OutboxStatus[]; limit: number }) => outbox.list(a),
    "outbox.discard": (a: { id: number; reason: string; user: Person }) => outbox.discard(a.id, a.reason, a.user),
    "outbox.retry": (a: { id: number; payload: unknown; user: Person; detail: string }) =>
      outbox.retry(a.id, a.payload, a.user, a.detail),
    "audit.list": (a: { limit?: number }) => audit.list(a.limit),
    "audit.append": (a: AuditEntry) => audit.append(a),
    "audit.verify": () => audit.verify(),
    "verifiers.get": (a: { login: string }) => verifiers.get(a.login),
    "verifiers.put": (a: StoredVerifier) => verifiers.put(a),
    "history.search": (a: HistoryQuery) => history.search(a),
    "history.activations": (a: { from: number; to: number } & Partial<KpiScope>) => history.activations(a),
    "history.endStates": (a: { to: number } & Partial<KpiScope>) => history.endStates(a),
    "historian.stage": (a: { flush: number; rows: HistoryRow[] }) => historian.stage(a.flush, a.rows),
    "historian.write": (a: { flush: number | null; batch: HistoryBatch }) => historian.write(a.flush, a.batch),
    "historian.raw": (a: HistoryRange & { limit: number }) => historian.raw(a),
    "historian.countRaw": (a: HistoryRange & { cap: number }) => historian.countRaw(a),
    "historian.aggregates": (a: HistoryRange & { resolution: "minute" | "hour"; limit: number }) => historian.aggregates(a),
    "historian.known": (a: HistoryRange & { endpointId: EndpointId }) => historian.known(a),
    "historian.prune": (a: { retention: HistoryRetention; now?: number }) => historian.prune(a.retention, a.now),
    "notes.add": (a: NoteRecord) => notes.add(a),
    "notes.setDelivery": (a: { id: number; outboxId: number | null; problem: string | null }) => notes.setDelivery(a.id, a.outboxId, a.problem),
    "notes.forAsset": (a: NoteQuery) => notes.forAsset(a),
    "notes.between": (a: { from: number; to: number; limit: number }) => notes.between(a),
    "notes.get": (a: { id: number }) => notes.get(a.id),
    "notes.photo": (a: { id: number }) => notes.photo(a.id),
    "handover.add": (a: HandoverRecord) => handover.add(a),
    "handover.forShift": (a: { shiftFrom: number }) => handover.forShift(a.shiftFrom),
    prune: (a: { now?: number }) => prune(db, retention, a.now),
    diagnostics: () => ({
      journalMode: db.pragma("journal_mode", { simple: true }) as string,
      synchronous: db.pragma("synchronous", { simple: true }) as number,
      userVersion: db.pragma("user_version", { simple: true }) as number,
    }),
  };
}

export type StoreOps = ReturnType<typeof makeHandlers>;
export type OpName = keyof StoreOps;
export type OpArgs<K extends OpName> = Parameters<StoreOps[K]> extends [] ? undefined : Parameters<StoreOps[K]>[0];
export type OpResult<K extends OpName> = ReturnType<StoreOps[K]>;
