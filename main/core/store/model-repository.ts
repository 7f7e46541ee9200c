/** The discovered asset model, kept so a restart with no network still has the map. */
import type { AssetInfo, EndpointId, TagId } from "../../../contract/api";
import type { Db } from "./open-database";

export interface ModelRepository {
  /** Replaces everything known about one endpoint's assets in one transaction. */
  replaceEndpoint(endpointId: EndpointId, assets: AssetInfo[], nodeIds: Map<TagId, string>): Promise<void>;
  load(): Promise<{ assets: AssetInfo[]; nodeIds: Map<TagId, string> }>;
}

/** Worker side. */
export class ModelSql {
  constructor(private readonly db: Db) {}

  replaceEndpoint(endpointId: EndpointId, assets: AssetInfo[], nodeIds: Map<TagId, string>): void {
    const delAssets = this.db.prepare("DELETE FROM asset WHERE endpoint_id = ?");
    const insAsset = this.db.prepare(
      "INSERT INTO asset (id, endpoint_id, name, service, type, district, lat, lon) VALUES (?,?,?,?,?,?,?,?)",
    );
    const insTag = this.db.prepare(
      "INSERT INTO tag (id, asset_id, node_id, name, unit, range_low, range_high) VALUES (?,?,?,?,?,?,?)",
    );
    this.db.transaction(() => {
      delAssets.run(endpointId);
      for (const a of assets) {
        insAsset.run(a.id, endpointId, a.name, a.service, a.type, a.district, a.lat, a.lon);
        for (const t of a.tags) {
          insTag.run(t.id, a.id, nodeIds.get(t.id) ?? "", t.name, t.unit, t.range?.low ?? null, t.range?.high ?? null);
        }
      }
    })();
  }

  load(): { assets: AssetInfo[]; nodeIds: Map<TagId, string> } {
    const assets = new Map<string, AssetInfo>();
    for (const r of this.db.prepare("SELECT * FROM asset ORDER BY id").all() as Record<string, never>[]) {
      assets.set(r["id"], {
        id: r["id"],
        endpointId: r["endpoint_id"],
        name: r["name"],
        service: r["service"],
        type: r["type"],
        district: r["district"],
        lat: r["lat"],
        lon: r["lon"],
        tags: [],
      });
    }
    const nodeIds = new Map<TagId, string>();
    for (const r of this.db.prepare("SELECT * FROM tag ORDER BY rowid").all() as Record<string, never>[]) {
      const asset = assets.get(r["asset_id"]);
      if (!asset) continue;
      const low = r["range_low"] as number | null;
      const high = r["range_high"] as number | null;
      asset.tags.push({
        id: r["id"],
        assetId: r["asset_id"],
        name: r["name"],
        unit: r["unit"],
        range: low !== null && high !== null ? { low, high } : null,
      });
      nodeIds.set(r["id"], r["node_id"]);
    }
    return { assets: [...assets.values()], nodeIds };
  }
}
