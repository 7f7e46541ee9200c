/**
 * Prepare for the field: a crew picks an area and a period; the core keeps the area's model,
 * last values, history and map tiles on this workstation, with one progress bar, the size it
 * will take, and cancel. Map tiles alone can be downloaded too, or an MBTiles file imported.
 * The core checks the field permission; the dialog says who may and disables what they may not.
 */
import { Button, Callout, Dialog, DialogBody, DialogFooter, FormGroup, HTMLSelect, Intent } from "@blueprintjs/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { OfflineMapStatus, SiteInfo } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { OverlayHeader } from "../shell/OverlayHeader";
import { messageOf } from "../state/errorMessage";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { AreaPicker } from "./AreaPicker";
import { areaOf, defaultBox, formatBytes, formOfJob, periodOf, ZOOM_CHOICES, zoomsOf, type FieldForm, type PeriodKey } from "./fieldRequest";
import { JobProgress } from "./JobProgress";
import { TileImport } from "./TileImport";
import { useFieldEstimate } from "./useFieldEstimate";
import "../styles/field.css";

interface Props {
  isOpen: boolean;
  onClose(): void;
  site: SiteInfo;
  status: OfflineMapStatus;
}

export function FieldDialog({ isOpen, onClose, site, status }: Props) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const allowed = useRoomSelector((s) => s.sessionInfo?.may.field ?? false);
  const [form, setForm] = useState<FieldForm>(() => ({ areaKind: "districts", districts: [], box: defaultBox(site.centre), period: "7d", zoomFrom: 12, zoomTo: 15 }));
  const [refusal, setRefusal] = useState<string | null>(null);
  const job = status.job;
  const running = job?.state === "running";
  // A job started here or in another window: the form shows what it asked for.
  const jobId = job?.id ?? null;
  useEffect(() => {
    if (job) setForm((f) => formOfJob(job, f));
    // Only when another job begins: later progress of the same job must not undo the person's edits.
  }, [jobId]);
  const { estimate, error, pending } = useFieldEstimate(api, form, status.revision);
  const area = areaOf(form);
  const tooMany = estimate !== null && estimate.tiles.tiles > estimate.tiles.limit;
  const canStart = allowed && !running && area !== null && !tooMany && status.tileServer !== null;

  const act = async (what: () => Promise<unknown>) => {
    setRefusal(null);
    try {
      await what();
    } catch (err) {
      setRefusal(messageOf(err));
    }
  };
  const prepare = () => area && void act(() => api.prepareForField({ area, zooms: zoomsOf(form), ...periodOf(form, Date.now()) }));
  const tilesOnly = () => area && void act(() => api.downloadTiles({ area, zooms: zoomsOf(form) }));
  const cancel = () => void act(() => api.cancelOfflineJob({}));
  const resume = () => {
    if (!job) return;
    const again = formOfJob(job, form);
    setForm(again);
    const a = areaOf(again);
    if (!a) return;
    void act(() => (job.kind === "field" ? api.prepareForField({ area: a, zooms: zoomsOf(again), ...periodOf(again, Date.now()) }) : api.downloadTiles({ area: a, zooms: zoomsOf(again) })));
  };

  const size = (n: number) => formatBytes(n, formats.locale);
  const zoomSelect = (value: number, set: (z: number) => void, id: string) => (
    <HTMLSelect id={id} value={value} onChange={(e) => set(Number(e.currentTarget.value))} disabled={running} options={ZOOM_CHOICES.map((z) => ({ value: z, label: String(z) }))} />
  );

  return (
    <Dialog isOpen={isOpen} onClose={onClose} aria-labelledby="field-dialog-title" className="field-dialog" style={{ width: "min(720px, 94vw)" }}>
      <OverlayHeader id="field-dialog-title" title={t("field.title")} onClose={onClose} />
      <DialogBody data-testid="field-dialog">
        <p className="field-intro">{t("field.intro", { rate: formats.number(status.requestsPerSecond) })}</p>
        {!allowed && (
          <Callout intent={Intent.WARNING} compact className="field-callout" data-testid="field-not-allowed">
            {t("field.notAllowed", { roles: t("field.rolesAllowed") })}
          </Callout>
        )}
        {status.tileServer === null && (
          <Callout intent={Intent.NONE} compact className="field-callout">
            {t("field.noTileServer")}
          </Callout>
        )}
        <AreaPicker form={form} districts={status.districts} disabled={running} onChange={setForm} />
        <div className="field-row">
          <FormGroup label={t("field.period")} labelFor="field-period">
            <HTMLSelect
              id="field-period"
              value={form.period}
              onChange={(e) => setForm({ ...form, period: e.currentTarget.value as PeriodKey })}
              disabled={running}
              options={[
                { value: "1d", label: t("field.period1d") },
                { value: "7d", label: t("field.period7d") },
                { value: "30d", label: t("field.period30d") },
              ]}
            />
          </FormGroup>
          <FormGroup label={t("field.zooms")} labelFor="field-zoom-from">
            <div className="field-zooms">
              <span>{t("field.zoomFrom")}</span>
              {zoomSelect(form.zoomFrom, (z) => setForm({ ...form, zoomFrom: z }), "field-zoom-from")}
              <span>{t("field.zoomTo")}</span>
              {zoomSelect(form.zoomTo, (z) => setForm({ ...form, zoomTo: z }), "field-zoom-to")}
            </div>
          </FormGroup>
        </div>
        <p className="field-estimate" data-testid="field-estimate" aria-live="polite">
          {area === null
            ? ""
            : error
              ? t("field.refused", { message: error })
              : estimate === null || pending
                ? t("field.estimating")
                : t("field.estimate", {
                    tiles: formats.number(estimate.tiles.tiles),
                    have: formats.number(estimate.tiles.alreadyThere),
                    assets: formats.number(estimate.assets),
                    tags: formats.number(estimate.tags),
                    size: size(estimate.bytes),
                    tileSize: size(estimate.tiles.bytes),
                    historySize: size(estimate.historyBytes),
                  })}
        </p>
        {tooMany && estimate && (
          <Callout intent={Intent.WARNING} compact className="field-callout">
            {t("field.tooMany", { limit: formats.number(estimate.tiles.limit) })}
          </Callout>
        )}
        {job && <JobProgress job={job} />}
        {refusal && (
          <Callout intent={Intent.DANGER} compact className="field-callout" data-testid="field-refusal">
            {t("field.refused", { message: refusal })}
          </Callout>
        )}
        <TileImport status={status} allowed={allowed} busy={running} />
      </DialogBody>
      <DialogFooter
        actions={
          <>
            {running ? (
              <Button intent={Intent.DANGER} text={t("field.cancel")} onClick={cancel} disabled={!allowed} data-testid="field-cancel" />
            ) : (
              <>
                {job && job.state !== "done" && (
                  <Button text={t("field.resume")} onClick={resume} disabled={!allowed || status.tileServer === null} data-testid="field-resume" />
                )}
                <Button text={t("field.tilesOnly")} onClick={tilesOnly} disabled={!canStart} data-testid="field-tiles-only" />
                <Button intent={Intent.PRIMARY} text={t("field.prepare")} onClick={prepare} disabled={!canStart} data-testid="field-prepare" />
              </>
            )}
            <Button text={t("field.close")} onClick={onClose} />
          </>
        }
      />
    </Dialog>
  );
}
