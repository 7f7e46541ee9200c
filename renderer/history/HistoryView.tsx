/**
 * The alarm history screen: what happened to which alarm and who did what, from the local
 * journal and audit trail (works offline, needs no sign-in). Opens on this shift.
 */
import { Button, Callout, NonIdealState, Spinner } from "@blueprintjs/core";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeError } from "../i18n/describeError";
import { useFormats } from "../i18n/useFormats";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { HistoryExport } from "./HistoryExport";
import { HistoryFilters } from "./HistoryFilters";
import { DEFAULT_FILTER, historyQuery, type HistoryFilter } from "./historyQuery";
import { HistoryTable } from "./HistoryTable";
import { resolveRange } from "./timeRange";
import { useHistorySearch } from "./useHistorySearch";
import { useRangeProblem } from "./useRangeProblem";

export function HistoryView() {
  const { t } = useTranslation();
  const { api } = useRoom();
  const formats = useFormats();
  const services = useRoomSelector((s) => s.site?.services ?? []);
  const assets = useRoomSelector((s) => s.assets);
  const assetsById = useRoomSelector((s) => s.assetsById);
  const districts = useMemo(() => [...new Set(assets.map((a) => a.district))].sort((a, b) => a.localeCompare(b, formats.locale)), [assets, formats.locale]);
  const [filter, setFilter] = useState<HistoryFilter>(DEFAULT_FILTER);
  const [resetCount, setResetCount] = useState(0);
  const { state, search, loadOlder } = useHistorySearch(api);
  const rangeProblem = useRangeProblem(filter.range);

  const run = useCallback(
    (f: HistoryFilter) => {
      const range = resolveRange(f.range, Date.now(), formats.timeZone);
      if (range.ok) void search(historyQuery(f, range));
    },
    [formats.timeZone, search],
  );

  // The screen opens on this shift's history, as a person arriving at the desk asks first.
  const [opened] = useState(() => DEFAULT_FILTER);
  useEffect(() => run(opened), [run, opened]);

  const reset = () => {
    setFilter(DEFAULT_FILTER);
    setResetCount((n) => n + 1);
    run(DEFAULT_FILTER);
  };

  return (
    <main className="history-view panel" data-testid="history-view" aria-labelledby="history-title">
      <header className="panel-header history-header">
        <h2 className="panel-title" id="history-title">
          {t("history.title")}
        </h2>
        <span className="panel-summary" data-testid="history-count" data-count={state.status === "ready" ? state.rows.length : undefined} data-more={state.next !== null}>
          {state.status === "ready" && t("history.count", { count: state.rows.length, n: formats.number(state.rows.length) })}
          {state.status === "ready" && state.next !== null && ` · ${t("history.more")}`}
        </span>
        <span className="history-header-actions">
          <HistoryExport query={state.status === "ready" ? state.query : null} />
        </span>
      </header>
      <HistoryFilters
        filter={filter}
        onChange={setFilter}
        onSearch={() => run(filter)}
        onReset={reset}
        rangeProblem={rangeProblem}
        services={services}
        districts={districts}
        assets={assets}
        assetsById={assetsById}
        resetCount={resetCount}
        busy={state.status === "loading"}
      />
      {state.status === "failed" && (
        <Callout intent="danger" className="history-error" data-testid="history-error">
          {t("history.failed", { message: describeError(state.error, t) })}
        </Callout>
      )}
      <div className="history-body">
        {state.status === "loading" && <Spinner size={32} className="history-spinner" aria-label={t("history.loading")} />}
        {state.status === "ready" && state.rows.length === 0 && (
          <NonIdealState className="panel-empty" icon="search" title={t("history.emptyTitle")} description={t("history.emptyText")} />
        )}
        {state.rows.length > 0 && <HistoryTable rows={state.rows} />}
      </div>
      {state.next !== null && state.status === "ready" && (
        <footer className="history-footer">
          <Button icon="history" loading={state.loadingOlder} data-testid="history-load-older" text={t("history.loadOlder")} onClick={() => void loadOlder()} />
        </footer>
      )}
    </main>
  );
}
