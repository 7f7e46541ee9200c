/**
 * The engineer's screen (`?view=engineering`): per endpoint what its model holds, the
 * address-space browser with node details and "make an asset", the engineered assets, tag
 * list import and export, and the model's versions. Only for a person the site gives the
 * engineer permission; the core checks every call again.
 */
import { Callout, NonIdealState, Spinner, Tab, Tabs } from "@blueprintjs/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointId, SiteInfo } from "../../contract/api";
import type { EngineeredAsset, NodeDetails, SavedAsset } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { AddressTree } from "./AddressTree";
import { AssetForm } from "./AssetForm";
import { draftFromAsset, draftFromNode, type AssetDraft } from "./assetDraft";
import { EndpointModels } from "./EndpointModels";
import { EngineeredAssetList } from "./EngineeredAssetList";
import { ModelVersionList } from "./ModelVersionList";
import { NodeDetailsPane } from "./NodeDetailsPane";
import { NodeSearch } from "./NodeSearch";
import { SiteExportSection } from "./SiteExportSection";
import { TagListExport } from "./TagListExport";
import { TagListImport } from "./TagListImport";
import { useAddressTree } from "./useAddressTree";
import { useEngineeredModel } from "./useEngineeredModel";

type TabId = "browser" | "assets" | "tagList" | "versions";

export function EngineeringView() {
  const { t } = useTranslation();
  const may = useRoomSelector((s) => s.sessionInfo?.may.engineer ?? false);
  const site = useRoomSelector((s) => s.site);
  if (!may || !site) {
    return (
      <main className="engineering-view panel" data-testid="engineering-view" data-allowed="false">
        <NonIdealState icon="lock" title={t("engineering.notAllowed")} description={t("engineering.notAllowedHint")} />
      </main>
    );
  }
  return <EngineeringWorkspace site={site} />;
}

function EngineeringWorkspace({ site }: { site: SiteInfo }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const model = useEngineeredModel();
  const [chosen, setChosen] = useState<EndpointId | null>(null);
  const [tab, setTab] = useState<TabId>("browser");
  const [selected, setSelected] = useState<{ key: string | null; nodeId: string } | null>(null);
  const [form, setForm] = useState<AssetDraft | null>(null);
  const [saved, setSaved] = useState<SavedAsset | null>(null);

  // Until the engineer picks one: the first endpoint where discovery found nothing, else the first.
  const endpointId = chosen ?? model.models?.find((m) => m.notice === "nothing-discovered")?.endpointId ?? model.models?.[0]?.endpointId ?? null;
  const tree = useAddressTree(api, endpointId);
  const engineered = useMemo(() => (model.assets ?? []).filter((a) => a.endpointId === endpointId), [model.assets, endpointId]);
  const engineeredAt = (nodeId: string) => engineered.find((a) => a.nodeId === nodeId) ?? null;

  const choose = (id: EndpointId) => {
    if (id !== endpointId) setSelected(null);
    setChosen(id);
  };
  const makeAsset = (node: NodeDetails) => {
    const existing = engineeredAt(node.nodeId);
    const decimalMark = formats.number(1.5).includes(",") ? "," : ".";
    setForm(existing ? draftFromAsset(existing, decimalMark) : draftFromNode(node, site.services));
  };
  const edit = (asset: EngineeredAsset) => setForm(draftFromAsset(asset, formats.number(1.5).includes(",") ? "," : "."));

  if (!model.models) {
    return (
      <main className="engineering-view panel" data-testid="engineering-view">
        {model.error !== null ? <Callout intent="danger">{describeError(model.error, t)}</Callout> : <NonIdealState icon={<Spinner size={24} />} title={t("engineering.loading")} />}
      </main>
    );
  }

  const browser = endpointId && (
    <div className="engineering-browser">
      <aside className="browser-tree-col" aria-label={t("engineering.tree.title")}>
        <NodeSearch api={api} endpointId={endpointId} selectedNode={selected?.nodeId ?? null} onOpen={(hit) => setSelected({ key: null, nodeId: hit.nodeId })} />
        <AddressTree tree={tree} selectedKey={selected?.key ?? null} onSelect={(key, ref) => setSelected({ key, nodeId: ref.nodeId })} />
      </aside>
      <section className="browser-details-col" aria-label={t("engineering.details.title")}>
        {selected ? (
          <NodeDetailsPane
            api={api}
            endpointId={endpointId}
            nodeId={selected.nodeId}
            engineeredName={engineeredAt(selected.nodeId)?.name ?? null}
            onOpenNode={(nodeId) => setSelected({ key: null, nodeId })}
            onMakeAsset={makeAsset}
          />
        ) : (
          <NonIdealState icon="diagram-tree" title={t("engineering.details.none")} description={t("engineering.details.noneHint")} />
        )}
      </section>
    </div>
  );

  return (
    <main className="engineering-view panel" data-testid="engineering-view" data-endpoint={endpointId ?? undefined} aria-labelledby="engineering-title">
      <header className="panel-header engineering-header">
        <h2 className="panel-title" id="engineering-title">
          {t("engineering.title")}
        </h2>
        <EndpointModels
          models={model.models}
          selected={endpointId}
          onSelect={choose}
          onBrowse={(id) => {
            choose(id);
            setTab("browser");
          }}
        />
      </header>
      {saved && (
        <Callout intent="success" className="engineering-saved" data-testid="asset-saved" icon="tick">
          {t("engineering.savedAs", { name: saved.asset.name, version: saved.version.version, count: saved.asset.tags.length, n: formats.number(saved.asset.tags.length) })}
        </Callout>
      )}
      {endpointId && (
        <Tabs id="engineering-tabs" className="engineering-tabs" selectedTabId={tab} onChange={(id) => setTab(id as TabId)} renderActiveTabPanelOnly>
          <Tab id="browser" title={t("engineering.tab.browser")} panel={browser || undefined} panelClassName="engineering-panel" data-testid="tab-browser" />
          <Tab
            id="assets"
            title={t("engineering.tab.assets", { count: engineered.length, n: formats.number(engineered.length) })}
            panelClassName="engineering-panel"
            data-testid="tab-assets"
            panel={<EngineeredAssetList assets={engineered} onEdit={edit} onChanged={model.reload} />}
          />
          <Tab
            id="tagList"
            title={t("engineering.tab.tagList")}
            panelClassName="engineering-panel"
            data-testid="tab-tag-list"
            panel={
              <div className="tag-list-tab">
                <TagListImport endpointId={endpointId} onImported={model.reload} />
                <TagListExport endpointId={endpointId} assetCount={engineered.length} />
                <SiteExportSection />
              </div>
            }
          />
          <Tab id="versions" title={t("engineering.tab.versions")} panelClassName="engineering-panel" data-testid="tab-versions" panel={<ModelVersionList versions={model.versions ?? []} />} />
        </Tabs>
      )}
      {form && endpointId && (
        <AssetForm
          site={site}
          endpointId={endpointId}
          initial={form}
          onClose={() => setForm(null)}
          onSaved={(s) => {
            setForm(null);
            setSaved(s);
            model.reload();
          }}
        />
      )}
    </main>
  );
}
