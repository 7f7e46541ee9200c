/**
 * "Export CSV": every row the current search found (all pages, not only those loaded), in the
 * window's language, times in the site's zone. Progress shows on the button; the outcome in a toast.
 */
import { Button } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { showToast } from "../shell/toaster";
import { useRoom } from "../state/RoomContext";
import { collectHistory, EXPORT_ROW_CAP } from "./collectHistory";
import { downloadText } from "../shell/download";
import { historyCsv } from "./historyCsv";
import type { HistoryQuery } from "./historyQuery";
import { localIso } from "./siteTime";

/** A name that sorts by time and survives every file system: alarm-history_2025-03-14_0600_2025-03-14_1405.csv */
function fileName(query: HistoryQuery, timeZone: string): string {
  const stamp = (ms: number) => localIso(ms, timeZone).slice(0, 16).replace(" ", "_").replace(":", "");
  return `alarm-history_${stamp(query.from)}_${stamp(query.to)}.csv`;
}

export function HistoryExport({ query }: { query: HistoryQuery | null }) {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const [progress, setProgress] = useState<number | null>(null);

  const run = async () => {
    if (!query) return;
    setProgress(0);
    try {
      const { rows, capped } = await collectHistory(api, query, setProgress);
      const name = fileName(query, formats.timeZone);
      downloadText(historyCsv(rows, { t, language: formats.language, timeZone: formats.timeZone }), name, "text/csv;charset=utf-8");
      showToast(
        capped
          ? { intent: "warning", message: t("history.export.capped", { n: formats.number(EXPORT_ROW_CAP) }) }
          : { intent: "success", message: t("history.export.done", { n: formats.number(rows.length), file: name }) },
      );
    } catch (e) {
      showToast({ intent: "danger", message: t("history.export.failed", { message: describeError(e, t) }) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <Button
      icon="download"
      data-testid="history-export"
      disabled={!query || progress !== null}
      title={t("history.export.title")}
      text={progress === null ? t("history.export.button") : t("history.export.progress", { n: formats.number(progress) })}
      onClick={() => void run()}
    />
  );
}
