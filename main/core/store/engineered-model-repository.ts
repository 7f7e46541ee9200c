/**
 * The engineered asset model (migration 006). Every save or delete is one transaction: the
 * asset and its tags, a model version with the asset before and after, and an audit row, so the
 * model, its history and the audit trail never disagree. The version check (a change made since
 * the engineer opened the asset) and the one-asset-per-tag rule are decided inside it too.
 */
import type { AssetId, EndpointId } from "../../../contract/api";
import type { EngineeredAsset, EngineeredTag, ModelVersion } from "../../../contract/engineering";
import { AuditSql } from "./audit-repository";
import { summarizeChange } from "./model-change-summary";
import type { Db } from "./open-database";
import type { Person } from "./outbox-repository";
import { wordedDetail } from "../audit/worded-detail";

/** The asset as the core hands it over: the store stamps version, time and person. */
export type EngineeredAssetDraft = Omit<EngineeredAsset, "version" | "updatedAt" | "updatedBy">;

export type ModelChangeRefusal =
  | { ok: false; reason: "changed-meanwhile"; version: number; updatedBy: string; updatedAt: number }
  | { ok: false; reason: "tag-taken"; nodeId: string; assetId: AssetId; assetName: string }
  | { ok: false; reason: "not-found" };

export type ModelSaveOutcome = { ok: true; asset: EngineeredAsset; version: ModelVersion } | ModelChangeRefusal;
export type ModelDeleteOutcome = { ok: true; asset: EngineeredAsset; version: ModelVersion } | ModelChangeRefusal;

export interface ModelChange {
  person: Person;
  /** The version the person edited; absent: no check (a new asset, or a change made knowingly). */
  baseVersion?: number;
}

export interface VersionQuery {
  assetId?: AssetId;
  before?: number;
  limit: number;
}

export interface EngineeredModelRepository {
  load(): Promise<EngineeredAsset[]>;
  save(draft: EngineeredAssetDraft, change: ModelChange): Promise<ModelSaveOutcome>;
  delete(assetId: AssetId, change: ModelChange): Promise<ModelDeleteOutcome>;
  versions(query: VersionQuery): Promise<ModelVersion[]>;
}

type Row = Record<string, never>;

/** Worker side. */
export class EngineeredModelSql {
  private readonly audit: AuditSql;

  constructor(private readonly db: Db) {
    this.audit = new AuditSql(db);
  }

  load(): EngineeredAsset[] {
    return (this.db.prepare("SELECT id FROM engineered_asset ORDER BY endpoint_id, name, id").pluck().all() as AssetId[]).map((id) => this.get(id)!);
  }

  save(draft: EngineeredAssetDraft, change: ModelChange): ModelSaveOutcome {
    return this.db.transaction((): ModelSaveOutcome => {
      const before = this.get(draft.id);
      const stale = this.staleBase(before, change.baseVersion);
      if (stale) return stale;
      const taken = this.db.prepare("SELECT asset_id FROM engineered_tag WHERE endpoint_id = ? AND node_id = ? AND asset_id <> ?").pluck();
      for (const tag of draft.tags) {
        const owner = taken.get(draft.endpointId, tag.nodeId, draft.id) as AssetId | undefined;
        if (owner) return { ok: false, reason: "tag-taken", nodeId: tag.nodeId, assetId: owner, assetName: this.get(owner)?.name ?? owner };
      }
      const at = Date.now();
      const summary = summarizeChange(before, draft);
      const version = this.addVersion(change.person, "save", draft.id, draft.name, summary, before, draft, at);
      this.db
        .prepare(
          `INSERT INTO engineered_asset (id, endpoint_id, node_id, external_id, name, service, type, district, lat, lon, version, updated_at, updated_by)
           VALUES (@id, @endpointId, @nodeId, @externalId, @name, @service, @type, @district, @lat, @lon, @version, @at, @by)
           ON CONFLICT(id) DO UPDATE SET external_id=excluded.external_id, name=excluded.name, service=excluded.service,
             type=excluded.type, district=excluded.district, lat=excluded.lat, lon=excluded.lon, version=excluded.version,
             updated_at=excluded.updated_at, updated_by=excluded.updated_by`,
        )
        .run({
          id: draft.id,
          endpointId: draft.endpointId,
          nodeId: draft.nodeId,
          externalId: draft.externalId,
          name: draft.name,
          service: draft.service,
          type: draft.type,
          district: draft.district,
          lat: draft.lat,
          lon: draft.lon,
          version: version.version,
          at,
          by: change.person.name,
        });
      this.db.prepare("DELETE FROM engineered_tag WHERE asset_id = ?").run(draft.id);
      const insTag = this.db.prepare(
        "INSERT INTO engineered_tag (asset_id, endpoint_id, position, node_id, name, unit, range_low, range_high, metadata_from) VALUES (?,?,?,?,?,?,?,?,?)",
      );
      draft.tags.forEach((t, i) => insTag.run(draft.id, draft.endpointId, i, t.nodeId, t.name, t.unit, t.range?.low ?? null, t.range?.high ?? null, t.metadataFrom));
      this.audit.append({
        userName: change.person.name,
        role: change.person.role,
        action: "model-asset-save",
        target: draft.id,
        detail: wordedDetail("model-asset-saved", { name: draft.name, version: version.version, summary }, `Engineered asset "${draft.name}" saved as model version ${version.version}: ${summary}`),
      });
      return { ok: true, asset: this.get(draft.id)!, version };
    })();
  }

  delete(assetId: AssetId, change: ModelChange): ModelDeleteOutcome {
    return this.db.transaction((): ModelDeleteOutcome => {
      const before = this.get(assetId);
      if (!before) return { ok: false, reason: "not-found" };
      const stale = this.staleBase(before, change.baseVersion);
      if (stale) return stale;
      const summary = summarizeChange(before, null);
      const version = this.addVersion(change.person, "delete", assetId, before.name, summary, before, null, Date.now());
      this.db.prepare("DELETE FROM engineered_tag WHERE asset_id = ?").run(assetId);
      this.db.prepare("DELETE FROM engineered_asset WHERE id = ?").run(assetId);
      this.audit.append({
        userName: change.person.name,
        role: change.person.role,
        action: "model-asset-delete",
        target: assetId,
        detail: wordedDetail("model-asset-deleted", { name: before.name, version: version.version, summary }, `Engineered asset "${before.name}" deleted as model version ${version.version}: ${summary}`),
      });
      return { ok: true, asset: before, version };
    })();
  }

  versions(q: VersionQuery): ModelVersion[] {
    const where: string[] = [];
    const args: (string | number)[] = [];
    if (q.assetId) {
      where.push("asset_id = ?");
      args.push(q.assetId);
    }
    if (q.before) {
      where.push("version < ?");
      args.push(q.before);
    }
    const sql = `SELECT version, at, user_name, role, action, asset_id, asset_name, summary FROM model_version
      ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY version DESC LIMIT ?`;
    return (this.db.prepare(sql).all(...args, q.limit) as Row[]).map(toVersion);
  }

  private staleBase(current: EngineeredAsset | null, base: number | undefined): ModelChangeRefusal | null {
    if (base === undefined) return null;
    if (!current) return { ok: false, reason: "not-found" };
    if (current.version === base) return null;
    return { ok: false, reason: "changed-meanwhile", version: current.version, updatedBy: current.updatedBy, updatedAt: current.updatedAt };
  }

  private addVersion(
    person: Person,
    action: "save" | "delete",
    assetId: AssetId,
    assetName: string,
    summary: string,
    before: unknown,
    after: unknown,
    at: number,
  ): ModelVersion {
    const info = this.db
      .prepare("INSERT INTO model_version (at, user_name, role, action, asset_id, asset_name, summary, before, after) VALUES (?,?,?,?,?,?,?,?,?)")
      .run(at, person.name, person.role, action, assetId, assetName, summary, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null);
    return { version: Number(info.lastInsertRowid), at, userName: person.name, role: person.role, action, assetId, assetName, summary };
  }

  private get(id: AssetId): EngineeredAsset | null {
    const r = this.db.prepare("SELECT * FROM engineered_asset WHERE id = ?").get(id) as Row | undefined;
    if (!r) return null;
    const tags = (this.db.prepare("SELECT * FROM engineered_tag WHERE asset_id = ? ORDER BY position").all(id) as Row[]).map(toTag);
    return {
      id: r["id"],
      endpointId: r["endpoint_id"] as EndpointId,
      nodeId: r["node_id"],
      externalId: r["external_id"],
      name: r["name"],
      service: r["service"],
      type: r["type"],
      district: r["district"],
      lat: r["lat"],
      lon: r["lon"],
      tags,
      version: r["version"],
      updatedAt: r["updated_at"],
      updatedBy: r["updated_by"],
    };
  }
}

function toTag(r: Row): EngineeredTag {
  const low = r["range_low"] as number | null;
  const high = r["range_high"] as number | null;
  return {
    nodeId: r["node_id"],
    name: r["name"],
    unit: r["unit"],
    range: low !== null && high !== null ? { low, high } : null,
    metadataFrom: r["metadata_from"],
  };
}

function toVersion(r: Row): ModelVersion {
  return {
    version: r["version"],
    at: r["at"],
    userName: r["user_name"],
    role: r["role"],
    action: r["action"],
    assetId: r["asset_id"],
    assetName: r["asset_name"],
    summary: r["summary"],
  };
}
