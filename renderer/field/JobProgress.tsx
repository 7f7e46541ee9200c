/** The running (or last) download or preparation: one bar, what it is doing, and how it ended. */
import { Callout, Intent, ProgressBar } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { FieldStep, FieldSummary, OfflineJob } from "../../contract/api";
import { tk } from "../i18n/keys";
import { useFormats } from "../i18n/useFormats";
import { formatBytes } from "./fieldRequest";

const STEP_LABEL = {
  model: tk("field.stepModel"),
  values: tk("field.stepValues"),
  history: tk("field.stepHistory"),
  tiles: tk("field.stepTiles"),
} as const satisfies Record<FieldStep, string>;

function FieldSummaryList({ summary }: { summary: FieldSummary }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const n = formats.number;
  return (
    <ul className="field-summary" data-testid="field-summary">
      <li>
        {summary.storedModelOnly.length > 0
          ? t("field.summaryModelStored", { assets: n(summary.assets), endpoints: summary.storedModelOnly.join(", ") })
          : t("field.summaryModel", { assets: n(summary.assets) })}
      </li>
      <li>{t("field.summaryValues", { have: n(summary.lastValues), tags: n(summary.tags) })}</li>
      <li>{t("field.summaryHistory", { tags: n(summary.tags), filled: n(summary.historyFilled), notKept: n(summary.historyNotKept) })}</li>
      {summary.historyFailed > 0 && <li>{t("field.summaryHistoryFailed", { failed: n(summary.historyFailed), problem: summary.historyProblem ?? "" })}</li>}
    </ul>
  );
}

export function JobProgress({ job }: { job: OfflineJob }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const running = job.state === "running";
  const share = job.total > 0 ? job.done / job.total : running ? 0 : 1;
  const details = [
    t("field.progress", { done: formats.number(job.done), total: formats.number(job.total) }),
    ...(job.bytes > 0 ? [t("field.written", { size: formatBytes(job.bytes, formats.locale) })] : []),
    ...(job.missing > 0 ? [t("field.missing", { count: job.missing })] : []),
    ...(job.failed > 0 ? [t("field.failedCount", { count: job.failed })] : []),
  ];
  return (
    <div className="field-progress" data-testid="field-progress" data-state={job.state} data-done={job.done} data-total={job.total}>
      <div className="field-progress-head">
        <span className="field-step">{job.step ? t(STEP_LABEL[job.step]) : t("field.stepTiles")}</span>
        <span className="field-progress-count">{details.join(" · ")}</span>
      </div>
      <ProgressBar
        value={share}
        animate={running}
        stripes={running}
        intent={job.state === "failed" ? Intent.DANGER : job.state === "done" ? Intent.SUCCESS : Intent.PRIMARY}
        aria-label={t("field.progressLabel")}
      />
      {running && <p className="field-note">{t("field.running", { who: job.startedBy })}</p>}
      {job.state === "done" && (
        <Callout intent={job.field && job.field.historyFailed > 0 ? Intent.WARNING : Intent.SUCCESS} compact>
          {t("field.done")}
        </Callout>
      )}
      {job.field && job.state !== "running" && <FieldSummaryList summary={job.field} />}
      {job.state === "cancelled" && (
        <Callout intent={Intent.NONE} compact>
          {t("field.cancelled")}
        </Callout>
      )}
      {job.state === "failed" && (
        <Callout intent={Intent.DANGER} compact>
          {t("field.failed", { problem: job.problem ?? "" })}
        </Callout>
      )}
    </div>
  );
}
