/**
 * Make (or change) an asset from a node: name, the utility's id, service, type, district, a
 * location typed or picked on a small map, and the node's Variables as tags with the unit and
 * range the server gives. Saving goes to the core, which checks it all against the server; what
 * it refuses is shown in words above the buttons and nothing is lost from the form.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, HTMLSelect, InputGroup, Spinner } from "@blueprintjs/core";
import { useMemo, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { EndpointId, SiteInfo } from "../../contract/api";
import type { SavedAsset } from "../../contract/engineering";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { serviceName } from "../values/serviceNames";
import { coordinateText, draftProblems, parseCoordinate, saveArgs, type AssetDraft, type DraftField } from "./assetDraft";
import { LocationPicker } from "./LocationPicker";
import { TagChoices } from "./TagChoices";
import { useNodeVariables } from "./useNodeVariables";

interface Props {
  site: SiteInfo;
  endpointId: EndpointId;
  initial: AssetDraft;
  onClose(): void;
  onSaved(saved: SavedAsset): void;
}

export function AssetForm({ site, endpointId, initial, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const decimalMark = formats.number(1.5).includes(",") ? "," : ".";
  const assets = useRoomSelector((s) => s.assets);
  const districts = useMemo(() => [...new Set(assets.map((a) => a.district).filter(Boolean))].sort((a, b) => a.localeCompare(b, formats.locale)), [assets, formats.locale]);
  const [draft, setDraft] = useState(initial);
  const [picking, setPicking] = useState(false);
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const variables = useNodeVariables(api, endpointId, initial.nodeId);
  const problems = draftProblems(draft, site.services);
  const editing = initial.baseVersion !== null;

  const set = <K extends keyof AssetDraft>(key: K, value: AssetDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const lat = parseCoordinate(draft.lat);
  const lon = parseCoordinate(draft.lon);
  const at = lat !== null && lon !== null && !problems.lat && !problems.lon ? { lat, lon } : null;
  const shown = (field: DraftField) => (touched && problems[field] ? t(problems[field]) : undefined);
  const order = variables.status === "ready" ? variables.choices.map((c) => c.nodeId) : [];

  const save = async () => {
    setTouched(true);
    if (Object.keys(problems).length) return;
    setSaving(true);
    setError(null);
    try {
      onSaved(await api.saveEngineeredAsset(saveArgs(endpointId, draft, order)));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  const field = (name: DraftField | "externalId" | "type" | "district", label: string, input: ReactNode) => (
    <FormGroup label={label} labelFor={`asset-${name}`} className={`asset-field asset-field-${name}`} helperText={name in problems ? shown(name as DraftField) : undefined} intent={touched && name in problems ? "danger" : "none"}>
      {input}
    </FormGroup>
  );

  return (
    <Dialog isOpen onClose={onClose} title={editing ? t("engineering.form.editTitle", { name: initial.nodeName }) : t("engineering.form.title", { name: initial.nodeName })} className="asset-form-dialog" canOutsideClickClose={false}>
      <DialogBody>
        <form className="asset-form" data-testid="asset-form" onSubmit={(e) => (e.preventDefault(), void save())}>
          <p className="asset-form-node">
            {t("engineering.form.node")} <code>{draft.nodeId}</code>
          </p>
          <div className="asset-form-grid">
            {field("name", t("engineering.form.name"), <InputGroup id="asset-name" data-testid="asset-name" value={draft.name} onChange={(e) => set("name", e.target.value)} />)}
            {field("externalId", t("engineering.form.externalId"), <InputGroup id="asset-externalId" data-testid="asset-external-id" value={draft.externalId} placeholder={t("engineering.form.externalIdHint")} onChange={(e) => set("externalId", e.target.value)} />)}
            {field(
              "service",
              t("engineering.form.service"),
              <HTMLSelect id="asset-service" data-testid="asset-service" value={draft.service} onChange={(e) => set("service", e.currentTarget.value)} fill>
                {site.services.map((s) => (
                  <option key={s} value={s}>
                    {serviceName(s, t)}
                  </option>
                ))}
              </HTMLSelect>,
            )}
            {field("type", t("engineering.form.type"), <InputGroup id="asset-type" data-testid="asset-type" value={draft.type} onChange={(e) => set("type", e.target.value)} />)}
            {field("district", t("engineering.form.district"), <InputGroup id="asset-district" data-testid="asset-district" value={draft.district} list="asset-districts" onChange={(e) => set("district", e.target.value)} />)}
            <datalist id="asset-districts">
              {districts.map((d) => (
                <option key={d} value={d} />
              ))}
            </datalist>
          </div>
          <div className="asset-location">
            {field("lat", t("engineering.form.lat"), <InputGroup id="asset-lat" data-testid="asset-lat" inputMode="decimal" value={draft.lat} placeholder={coordinateText(site.centre.lat, decimalMark)} onChange={(e) => set("lat", e.target.value)} />)}
            {field("lon", t("engineering.form.lon"), <InputGroup id="asset-lon" data-testid="asset-lon" inputMode="decimal" value={draft.lon} placeholder={coordinateText(site.centre.lon, decimalMark)} onChange={(e) => set("lon", e.target.value)} />)}
            <Button className="asset-pick" icon="map-marker" data-testid="asset-pick-on-map" active={picking} aria-expanded={picking} onClick={() => setPicking((p) => !p)}>
              {picking ? t("engineering.form.hideMap") : t("engineering.form.pickOnMap")}
            </Button>
          </div>
          {picking && (
            <div className="asset-map">
              <p className="asset-map-hint">{t("engineering.form.mapHint")}</p>
              <LocationPicker site={site} at={at} onPick={(p) => setDraft((d) => ({ ...d, lat: coordinateText(p.lat, decimalMark), lon: coordinateText(p.lon, decimalMark) }))} />
            </div>
          )}
          <fieldset className="asset-tags" data-testid="asset-tags">
            <legend>{t("engineering.form.tags")}</legend>
            {variables.status === "loading" && <Spinner size={20} aria-label={t("engineering.form.tagsLoading")} />}
            {variables.status === "failed" && <Callout intent="warning">{t("engineering.form.tagsFailed", { message: describeError(variables.error, t) })}</Callout>}
            {variables.status === "ready" && <TagChoices choices={variables.choices} cut={variables.cut} tags={draft.tags} onChange={(tags) => set("tags", tags)} />}
          </fieldset>
          {/* Enter in a field saves, as a person expects of a form. */}
          <button type="submit" hidden />
        </form>
        {error !== null && (
          <Callout intent="danger" className="asset-form-error" data-testid="asset-form-error" title={t("engineering.form.refused")}>
            {describeError(error, t)}
          </Callout>
        )}
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button onClick={onClose}>{t("engineering.form.cancel")}</Button>
            <Button intent="primary" icon="floppy-disk" loading={saving} data-testid="asset-save" onClick={() => void save()}>
              {t("engineering.form.save")}
            </Button>
          </>
        }
      >
        <span className="asset-form-count">{t("engineering.form.tagCount", { count: draft.tags.size, n: formats.number(draft.tags.size) })}</span>
      </DialogFooter>
    </Dialog>
  );
}
