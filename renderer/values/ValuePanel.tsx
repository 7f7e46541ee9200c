/** Live values of the selected asset. */
import { NonIdealState } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";
import { useRoomSelector } from "../state/RoomContext";
import { ServerText } from "../text/ServerText";
import { useNow } from "../time/clock";
import { MaintenanceButtons } from "../maintenance/MaintenanceButtons";
import { AssetCommands } from "../commands/AssetCommands";
import { AssetAlarms } from "./AssetAlarms";
import { serviceName } from "./serviceNames";
import { TagTable } from "./TagTable";
import { isUp } from "../connections/connectionView";
import { TrendButton } from "../trends/TrendButton";

export function ValuePanel() {
  const { t } = useTranslation();
  const formats = useFormats();
  const asset = useRoomSelector((s) => (s.selectedAssetId ? s.assetsById.get(s.selectedAssetId) ?? null : null));
  const live = useRoomSelector((s) => (asset ? isUp(s.connections.get(asset.endpointId)?.state) : false));
  const now = useNow();

  return (
    <section className="panel value-panel" data-testid="value-panel" aria-label={t("values.aria")}>
      <header className="panel-header">
        <h2 className="panel-title" data-testid="asset-title">
          {asset ? <ServerText text={asset.name} /> : t("values.asset")}
        </h2>
        {asset && (
          <div className="asset-facts" data-testid="asset-facts">
            <span className="asset-fact">
              <span className="fact-label">{t("values.service")}</span> {serviceName(asset.service, t)}
            </span>
            <span className="asset-fact">
              <span className="fact-label">{t("values.type")}</span> <ServerText text={asset.type} />
            </span>
            <span className="asset-fact">
              <span className="fact-label">{t("values.district")}</span> <ServerText text={asset.district} />
            </span>
          </div>
        )}
        {asset && (
          <div className="asset-buttons">
            <MaintenanceButtons assetId={asset.id} assetName={asset.name} />
            <TrendButton asset={asset} />
          </div>
        )}
      </header>
      <div className="panel-body">
        {!asset ? (
          <NonIdealState className="panel-empty" title={t("values.noAssetTitle")} description={t("values.noAssetText")} />
        ) : asset.tags.length === 0 ? (
          <NonIdealState className="panel-empty" title={t("values.noTagsTitle")} description={t("values.noTagsText")} />
        ) : (
          <TagTable tags={asset.tags} now={now} live={live} formats={formats} />
        )}
        {asset && asset.tags.length > 0 && <AssetCommands asset={asset} live={live} />}
        {asset && <AssetAlarms />}
      </div>
    </section>
  );
}
