/**
 * The shift handover screen (?view=handover): a supervisor reads the shift (the current one, or
 * the one just handed over) as the core summarises it, signs the handover note, and exports the
 * same page as an A4 PDF report in the screen's language. The page is its own print layout: the
 * print stylesheet drops the controls and the app's chrome (styles/handover.css).
 */
import { Button, Callout, NonIdealState, SegmentedControl, Spinner } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ShiftChoice } from "../../contract/api";
import { describeError } from "../i18n/describeError";
import { isLanguage, DEFAULT_LANGUAGE } from "../i18n/languages";
import { useFormats } from "../i18n/useFormats";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { HandoverReport } from "./HandoverReport";
import { exportReport, type ExportOutcome } from "./exportReport";
import { useHandover } from "./useHandover";

export function HandoverView() {
  const { t, i18n } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const [shift, setShift] = useState<ShiftChoice>("current");
  const signedIn = useRoomSelector((s) => s.sessionInfo?.person?.login ?? null);
  const { load, reload } = useHandover(api, shift, signedIn);
  const [exported, setExported] = useState<ExportOutcome | null>(null);
  const summary = load.value;
  const siteName = useRoomSelector((s) => s.site?.name ?? "");

  const exportPdf = async () => {
    if (!summary) return;
    setExported(null);
    const language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
    try {
      setExported(await exportReport({ language, shiftFrom: summary.shift.from, startsAt: summary.shift.startsAt, timeZone: formats.timeZone }));
    } catch (err) {
      setExported({ status: "failed", message: describeError(err, t) });
    }
  };

  return (
    <main className="handover-view panel" data-testid="handover-view" aria-labelledby="handover-title">
      <header className="panel-header handover-header handover-no-print">
        <h2 className="panel-title" id="handover-title">
          {t("handover.title")}
        </h2>
        <SegmentedControl
          aria-label={t("handover.choose")}
          data-testid="handover-shift"
          size="small"
          value={shift}
          onValueChange={(v) => setShift(v as ShiftChoice)}
          options={[
            { value: "current", label: t("handover.current") },
            { value: "previous", label: t("handover.previous") },
          ]}
        />
        <span className="handover-header-actions">
          <Button icon="refresh" variant="minimal" loading={load.status === "loading"} data-testid="handover-refresh" text={t("handover.refresh")} onClick={() => void reload()} />
          <Button icon="document" intent="primary" disabled={!summary} data-testid="handover-export" title={t("handover.exportPdfTitle")} text={t("handover.exportPdf")} onClick={() => void exportPdf()} />
        </span>
      </header>
      <div className="handover-no-print" aria-live="polite">
        {exported?.status === "saved" && (
          <Callout intent="success" className="handover-outcome" data-testid="handover-export-saved">
            {t("handover.exportSaved", { file: exported.file })}
          </Callout>
        )}
        {exported?.status === "failed" && (
          <Callout intent="danger" className="handover-outcome" data-testid="handover-export-failed">
            {t("handover.exportFailed", { message: exported.message })}
          </Callout>
        )}
        {load.status === "failed" && (
          <Callout intent="danger" className="handover-outcome" data-testid="handover-error">
            {t("handover.failed", { message: describeError(load.error, t) })}
          </Callout>
        )}
      </div>
      <div className="handover-body">
        {!summary && load.status === "loading" && <Spinner size={32} className="handover-spinner" aria-label={t("handover.loading")} />}
        {!summary && load.status === "failed" && <NonIdealState className="panel-empty" icon="issue" title={t("handover.loading")} />}
        {summary && <HandoverReport summary={summary} siteName={siteName} onSigned={() => void reload()} />}
      </div>
    </main>
  );
}
