/**
 * Tag lists on the contract: preview a file, import it onto an endpoint, export an endpoint's
 * engineered model. Engineer permission only, as the rest of engineering: a file changes the
 * site's asset model as much as the browser does. The import is refused whole while any row is
 * in error (in the file, or against the server and the model); then every asset that changes is
 * saved through the engineering service, so each is checked, versioned and audited exactly as a
 * save from the browser is (one version per asset: the model's versions hold one asset each),
 * and the import as a whole gets an audit row of its own.
 */
import type { ClientSession } from "node-opcua";
import type { EndpointId, MethodArgs } from "../../../contract/api";
import type { EngineeredAsset, ModelVersion } from "../../../contract/engineering";
import type { TagListError, TagListExport, TagListImport, TagListPreview, TagListRow } from "../../../contract/tag-list";
import type { ModelService } from "../model/model-service";
import { CoreError } from "../rpc/core-error";
import type { SiteConfig } from "../sites/site-config";
import type { AuditRepository } from "../store/audit-repository";
import type { Person } from "../store/outbox-repository";
import type { EngineeringService } from "./engineering-service";
import { planImport } from "./tag-list-import-plan";
import { exportTagList } from "./tag-list/export";
import { previewTagList, readTagList } from "./tag-list/preview";
import { wordedDetail } from "../audit/worded-detail";

export interface TagListDeps {
  permissions: SiteConfig["permissions"];
  /** The site's service keys: a row names one of them. */
  services: readonly string[];
  endpointIds: readonly EndpointId[];
  sessionFor(endpointId: EndpointId): ClientSession | null;
  model: ModelService;
  engineering: EngineeringService;
  audit: AuditRepository;
}

/** How many errors a refusal spells out; the preview lists them all. */
const ERRORS_IN_REFUSAL = 10;

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, "base64"));

function refusal(errors: readonly TagListError[], what: string): CoreError {
  const shown = errors.slice(0, ERRORS_IN_REFUSAL).map((e) => e.message);
  const more = errors.length > shown.length ? `; and ${errors.length - shown.length} more` : "";
  const count = errors.length === 1 ? "1 error" : `${errors.length} errors`;
  return new CoreError("bad-request", `${what}: the tag list has ${count}, nothing was imported. ${shown.join("; ")}${more}`);
}

/** One row per tag, the asset's facts repeated; the asset id is the utility's, else the asset's node. */
function exportRows(assets: readonly EngineeredAsset[]): TagListRow[] {
  return assets.flatMap((a) =>
    a.tags.map((t) => ({
      assetId: a.externalId ?? a.nodeId,
      assetName: a.name,
      service: a.service,
      type: a.type,
      district: a.district,
      lat: a.lat,
      lon: a.lon,
      node: t.nodeId,
      nodeKind: "nodeId" as const,
      unit: t.unit,
      tagName: t.name,
      rangeLow: t.range?.low ?? null,
      rangeHigh: t.range?.high ?? null,
    })),
  );
}

export class TagListService {
  constructor(private readonly deps: TagListDeps) {}

  private authorize(person: Person, what: string): void {
    if (!(this.deps.permissions.engineer as readonly string[]).includes(person.role)) {
      throw new CoreError("forbidden", `${person.name} (${person.role}) may not ${what}: that is for a role with the engineer permission`);
    }
  }

  preview(person: Person, args: MethodArgs<"previewTagList">): TagListPreview {
    this.authorize(person, "read tag lists");
    const { bytesBase64, sampleRows, ...reading } = args;
    return previewTagList(bytesOf(bytesBase64), { ...reading, sampleRows, services: this.deps.services });
  }

  async import(person: Person, args: MethodArgs<"importTagList">): Promise<TagListImport> {
    this.authorize(person, "import tag lists into the site's asset model");
    const { endpointId, bytesBase64, ...reading } = args;
    if (!this.deps.endpointIds.includes(endpointId)) throw new CoreError("not-found", `This site has no endpoint "${endpointId}"`);
    const file = readTagList(bytesOf(bytesBase64), { ...reading, services: this.deps.services });
    if (file.errors.length) throw refusal(file.errors, "Not imported");
    if (file.lines.length === 0) throw new CoreError("bad-request", "The tag list has no rows below its header: nothing to import");
    const session = this.deps.sessionFor(endpointId);
    if (!session) throw new CoreError("unavailable", `Endpoint "${endpointId}" is not connected: a tag list is checked against its server, so import it once it is`);

    const plan = await planImport({ session, endpointId, lines: file.lines, mapping: file.mapping, headers: file.headers, model: this.deps.model }).catch((err: unknown) => {
      if (err instanceof CoreError) throw err;
      throw new CoreError("unavailable", `Endpoint "${endpointId}" did not answer while the tag list was checked: ${err instanceof Error ? err.message : String(err)}`);
    });
    if (plan.errors.length) throw refusal(plan.errors, `Not imported onto "${endpointId}"`);

    const versions: ModelVersion[] = [];
    let created = 0;
    for (const asset of plan.assets) {
      if (asset.unchanged) continue;
      try {
        const saved = await this.deps.engineering.save(person, asset.args);
        versions.push(saved.version);
        if (!asset.before) created++;
      } catch (err) {
        const text = err instanceof Error ? err.message : String(err);
        const done = versions.length ? `the ${versions.length} asset(s) before it were saved (versions ${versions[0]!.version}–${versions.at(-1)!.version})` : "nothing was saved";
        await this.audited(
          person,
          endpointId,
          wordedDetail(
            "tag-list-stopped",
            { line: asset.line, saved: versions.length, fromVersion: versions[0]?.version ?? null, toVersion: versions.at(-1)?.version ?? null },
            `Tag list import stopped at line ${asset.line}: ${done}`,
          ),
        );
        throw new CoreError(err instanceof CoreError ? err.code : "internal", `Line ${asset.line}, asset ${JSON.stringify(asset.fileAssetId)}: ${text}. Of this import, ${done}, the rest not`);
      }
    }
    const result: TagListImport = {
      endpointId,
      assets: plan.assets.length,
      tags: plan.tags,
      created,
      changed: versions.length - created,
      unchanged: plan.assets.length - versions.length,
      versioning: "per-asset",
      versions,
    };
    const span = versions.length ? `, model versions ${versions[0]!.version}–${versions.at(-1)!.version} (one per asset)` : ", no model change";
    await this.audited(
      person,
      endpointId,
      wordedDetail(
        "tag-list-imported",
        {
          endpoint: endpointId,
          assets: result.assets,
          tags: result.tags,
          created: result.created,
          changed: result.changed,
          unchanged: result.unchanged,
          fromVersion: versions[0]?.version ?? null,
          toVersion: versions.at(-1)?.version ?? null,
        },
        `Tag list imported onto "${endpointId}": ${result.assets} assets with ${result.tags} tags, ${result.created} created, ${result.changed} changed, ${result.unchanged} unchanged${span}`,
      ),
    );
    return result;
  }

  export(person: Person, args: MethodArgs<"exportTagList">): TagListExport {
    this.authorize(person, "export the site's asset model");
    if (args.endpointId && !this.deps.endpointIds.includes(args.endpointId)) throw new CoreError("not-found", `This site has no endpoint "${args.endpointId}"`);
    const rows = exportRows(this.deps.model.engineeredAssets(args.endpointId));
    const bytes = exportTagList(rows, { separator: args.separator, decimal: args.decimal });
    return { bytesBase64: Buffer.from(bytes).toString("base64"), rows: rows.length };
  }

  private audited(person: Person, endpointId: EndpointId, detail: string): Promise<void> {
    return this.deps.audit.append({ userName: person.name, role: person.role, action: "model-tag-list-import", target: endpointId, detail });
  }
}
