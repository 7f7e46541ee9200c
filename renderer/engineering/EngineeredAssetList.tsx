/**
 * The endpoint's engineered assets: what each is, how many tags, which version and who saved it,
 * with edit, show on the map and delete. Delete asks first and names the asset; the core refuses
 * it if someone changed the asset since the list was read (the version is sent along).
 */
import { Alert, Button, Callout, HTMLTable, NonIdealState } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EngineeredAsset } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { showView } from "../shell/ViewSwitch";
import { useRoom } from "../state/RoomContext";
import { selectAsset } from "../state/roomState";
import { ServerText } from "../text/ServerText";
import { serviceName } from "../values/serviceNames";

interface Props {
  assets: readonly EngineeredAsset[];
  onEdit(asset: EngineeredAsset): void;
  onChanged(): void;
}

export function EngineeredAssetList({ assets, onEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const { api, store } = useRoom();
  const formats = useFormats();
  const [deleting, setDeleting] = useState<EngineeredAsset | null>(null);
  const [error, setError] = useState<unknown>(null);

  const remove = async (asset: EngineeredAsset) => {
    setError(null);
    try {
      await api.deleteEngineeredAsset({ assetId: asset.id, baseVersion: asset.version });
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setDeleting(null);
    }
  };
  const showOnMap = (asset: EngineeredAsset) => {
    selectAsset(store, asset.id);
    showView("operations");
    void api.showOnMap({ assetId: asset.id }).catch(setError);
  };

  if (assets.length === 0) return <NonIdealState icon="cube-add" title={t("engineering.assets.none")} description={t("engineering.assets.noneHint")} className="engineered-none" />;
  return (
    <div className="engineered-assets">
      {error !== null && (
        <Callout intent="danger" data-testid="engineered-error">
          {describeError(error, t)}
        </Callout>
      )}
      <HTMLTable compact striped className="engineered-table" data-testid="engineered-assets">
        <thead>
          <tr>
            <th scope="col">{t("engineering.assets.name")}</th>
            <th scope="col">{t("engineering.assets.externalId")}</th>
            <th scope="col">{t("engineering.assets.service")}</th>
            <th scope="col">{t("engineering.assets.district")}</th>
            <th scope="col" className="num">{t("engineering.assets.tags")}</th>
            <th scope="col">{t("engineering.assets.version")}</th>
            <th scope="col">
              <span className="bp6-text-muted">{t("engineering.assets.actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {assets.map((a) => (
            <tr key={a.id} data-testid="engineered-row" data-asset-id={a.id}>
              <td>
                <ServerText text={a.name} />
              </td>
              <td>{a.externalId ?? "—"}</td>
              <td>{serviceName(a.service, t)}</td>
              <td>{a.district || "—"}</td>
              <td className="num">{formats.number(a.tags.length)}</td>
              <td className="engineered-version">{t("engineering.assets.versionBy", { version: a.version, who: a.updatedBy, time: formats.eventTime(a.updatedAt) })}</td>
              <td className="engineered-actions">
                <Button size="small" variant="minimal" icon="edit" data-testid="engineered-edit" onClick={() => onEdit(a)}>
                  {t("engineering.assets.edit")}
                </Button>
                <Button size="small" variant="minimal" icon="map" data-testid="engineered-show" onClick={() => showOnMap(a)}>
                  {t("engineering.assets.showOnMap")}
                </Button>
                <Button size="small" variant="minimal" icon="trash" intent="danger" data-testid="engineered-delete" onClick={() => setDeleting(a)}>
                  {t("engineering.assets.delete")}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </HTMLTable>
      <Alert
        isOpen={deleting !== null}
        intent="danger"
        icon="trash"
        confirmButtonText={t("engineering.assets.deleteConfirm")}
        cancelButtonText={t("engineering.form.cancel")}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting && t("engineering.assets.deleteQuestion", { name: deleting.name, count: deleting.tags.length, n: formats.number(deleting.tags.length) })}</p>
      </Alert>
    </div>
  );
}
