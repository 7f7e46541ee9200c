/**
 * The alarm panel for a whole shift and its floods: views (active, shelved, out of service),
 * filters, sort and grouping (panel/), a virtualised grid that is one Tab stop, and the keys of
 * a keyboard-first console. The dialogs live here, and when one closes the focus goes back to
 * the row it was about, wherever the sort has moved it meanwhile.
 */
import { Button, NonIdealState } from "@blueprintjs/core";
import { useCallback, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AlarmId, AlarmState, AssetId } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { showToast } from "../shell/toaster";
import { selectQueuedAcks } from "../state/actionSelectors";
import { useRoom, useRoomSelector } from "../state/RoomContext";
import { selectAlarm, selectAsset, silenceHorn } from "../state/roomState";
import { NOTHING_ALLOWED } from "../state/sessionFeed";
import { serviceName } from "../values/serviceNames";
import { AckDialog } from "./AckDialog";
import { outcomeOf, refusedCall } from "./actionOutcome";
import { offeredActions, type AlarmAction } from "./alarmActions";
import { AlarmTextDialog, type TextAction } from "./AlarmTextDialog";
import { BulkAckDialog, type BulkTarget } from "./BulkAckDialog";
import { bulkTargets, keepPresent, toggleMark, type BulkMode } from "./panel/bulkTargets";
import { facetPredicate, filterAlarms, viewOf, type PanelFilter } from "./panel/alarmFilter";
import { AlarmGrid, type GridHandle, type RowData } from "./panel/AlarmGrid";
import { alarmRowKey, buildRows, type GroupRow, type ListRow } from "./panel/alarmGrouping";
import { nextSort, sortAlarms, type SortColumn } from "./panel/alarmSort";
import { FilterBar } from "./panel/FilterBar";
import type { ListCommand } from "./panel/listKeys";
import { usePanelPrefs } from "./panel/usePanelPrefs";
import { ShelveDialog } from "./ShelveDialog";

export function AlarmPanel() {
  const { store, session } = useRoom();
  const alarms = useRoomSelector((s) => s.alarms);
  const assets = useRoomSelector((s) => s.assets);
  const assetsById = useRoomSelector((s) => s.assetsById);
  const services = useRoomSelector((s) => s.site?.services);
  const selectedAssetId = useRoomSelector((s) => s.selectedAssetId);
  const selectedAlarmId = useRoomSelector((s) => s.selectedAlarmId);
  const pendingAcks = useRoomSelector((s) => s.pendingAcks);
  const queuedAcks = useRoomSelector(selectQueuedAcks);
  const connections = useRoomSelector((s) => s.connections);
  const may = useRoomSelector((s) => s.sessionInfo?.may ?? NOTHING_ALLOWED);
  const { t } = useTranslation();
  const formats = useFormats();

  const [prefs, updatePrefs] = usePanelPrefs();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [cursorKey, setCursorKey] = useState<string | null>(null);
  /** The alarm just acted on: it stays under the cursor even when the action moved it out of the view. */
  const [keep, setKeep] = useState<AlarmId | null>(null);
  const [ackTarget, setAckTarget] = useState<AlarmId | null>(null);
  const [textTarget, setTextTarget] = useState<{ alarmId: AlarmId; action: TextAction } | null>(null);
  const [shelveTarget, setShelveTarget] = useState<AlarmId | null>(null);
  const [bulkTarget, setBulkTarget] = useState<BulkTarget | null>(null);
  /** Alarms marked with Space: a then acknowledges (c confirms) these instead of the cursor's. */
  const [markedRaw, setMarked] = useState<ReadonlySet<AlarmId>>(() => new Set());
  const marked = keepPresent(markedRaw, alarms);
  const gridRef = useRef<GridHandle>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** The row the last action was about: it gets the focus back. */
  const lastRow = useRef<AlarmId | null>(null);

  const nameOfService = useCallback((key: string) => serviceName(key, t), [t]);
  const { filter, sort, groupBy } = prefs;
  const filtered = useMemo(() => filterAlarms(alarms.values(), filter, assetsById, keep), [alarms, filter, assetsById, keep]);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(formats.locale);
    return sortAlarms(filtered.shown, sort, { assets: assetsById, serviceName: nameOfService, compareText: collator.compare });
  }, [filtered, sort, assetsById, nameOfService, formats.locale]);
  const rows = useMemo(() => buildRows(sorted, groupBy, assetsById, collapsed), [sorted, groupBy, assetsById, collapsed]);

  const kept = keep ? alarms.get(keep) : undefined;
  const leavingId = kept && !(viewOf(kept) === filter.view && facetPredicate(filter, assetsById)(kept)) ? kept.id : null;
  let unackedInView = 0;
  for (const a of filtered.shown) if (!a.acked && a.id !== leavingId) unackedInView++;
  const shownCount = filtered.shown.length - (leavingId ? 1 : 0);
  const book = useMemo(() => {
    let active = 0;
    let unacked = 0;
    for (const a of alarms.values()) {
      if (a.active) active++;
      if (!a.acked) unacked++;
    }
    return { active, unacked, listed: alarms.size };
  }, [alarms]);

  const setFilter = useCallback(
    (next: PanelFilter) => {
      setKeep(null);
      updatePrefs((p) => ({ ...p, filter: next }));
    },
    [updatePrefs],
  );
  const onCursor = useCallback((key: string) => {
    setCursorKey(key);
    setKeep((k) => (k !== null && key !== alarmRowKey(k) ? null : k));
  }, []);
  const onToggleGroup = useCallback(
    (key: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  const focusList = useCallback(() => gridRef.current?.focusRow(lastRow.current ? alarmRowKey(lastRow.current) : null), []);

  const onSelect = useCallback(
    (alarm: AlarmState) => {
      onCursor(alarmRowKey(alarm.id));
      selectAlarm(store, alarm.id);
      if (alarm.assetId) selectAsset(store, alarm.assetId);
    },
    [store, onCursor],
  );
  const unshelve = useCallback(
    async (alarm: AlarmState) => {
      try {
        const outcome = outcomeOf("unshelve", await session.unshelve(alarm.id), t);
        if (outcome.kind === "refused") showToast({ intent: "danger", message: outcome.message });
        else if (outcome.kind === "queued") showToast({ intent: "warning", message: outcome.message });
      } catch (e) {
        showToast({ intent: "danger", message: refusedCall("unshelve", e, t) });
      }
    },
    [session, t],
  );
  const onAction = useCallback(
    (alarm: AlarmState, action: AlarmAction) => {
      lastRow.current = alarm.id;
      setCursorKey(alarmRowKey(alarm.id));
      setKeep(alarm.id);
      if (action === "acknowledge") setAckTarget(alarm.id);
      else if (action === "shelve") setShelveTarget(alarm.id);
      else if (action === "unshelve") {
        void unshelve(alarm);
        requestAnimationFrame(focusList);
      } else setTextTarget({ alarmId: alarm.id, action });
    },
    [unshelve, focusList],
  );

  const onCommand = (command: ListCommand, row: ListRow | null) => {
    const alarm = row?.kind === "alarm" ? row.alarm : null;
    const ackUnderWay = alarm ? pendingAcks.has(alarm.id) || queuedAcks.has(alarm.id) : false;
    const offered = alarm ? offeredActions(alarm, may, { ackUnderWay }) : [];
    const scope = { shown: sorted, marked, leavingId, ackUnderWay: (id: AlarmId) => pendingAcks.has(id) || queuedAcks.has(id) };
    const bulk = (mode: BulkMode, onlyMarked: boolean) => {
      if (!may[mode]) return;
      lastRow.current = alarm?.id ?? null;
      setBulkTarget({ mode, ids: bulkTargets(mode, scope, onlyMarked) });
    };
    switch (command) {
      case "open":
        if (alarm) onSelect(alarm);
        return;
      case "mark":
        if (alarm) setMarked(toggleMark(marked, alarm.id));
        return;
      case "ack":
        if (marked.size > 0) bulk("acknowledge", true);
        else if (alarm && offered.includes("acknowledge")) onAction(alarm, "acknowledge");
        return;
      case "confirm":
        if (marked.size > 0) bulk("confirm", true);
        else if (alarm && offered.includes("confirm")) onAction(alarm, "confirm");
        return;
      case "ackVisible":
      case "confirmVisible":
        bulk(command === "ackVisible" ? "acknowledge" : "confirm", false);
        return;
      case "silence":
        silenceHorn(store);
        return;
      case "search":
        searchRef.current?.focus();
        searchRef.current?.select();
        return;
      case "menu":
        return;
    }
  };

  const groupLabel = useCallback(
    (g: GroupRow) => {
      if (g.key.startsWith("asset:")) return g.value ? (assetsById.get(g.value as AssetId)?.name ?? g.value) : t("panel.group.noAsset");
      return g.value ? nameOfService(g.value) : t("panel.group.noService");
    },
    [assetsById, nameOfService, t],
  );

  const data: RowData = {
    assetsById,
    serviceName: nameOfService,
    selectedAlarmId,
    leavingId,
    marked,
    pendingAcks,
    queuedAcks,
    connections,
    formats,
    may,
    onSelect,
    onAction,
  };
  const closeAck = useCallback(() => setAckTarget(null), []);
  const closeText = useCallback(() => setTextTarget(null), []);
  const closeShelve = useCallback(() => setShelveTarget(null), []);
  const closeBulk = useCallback(() => {
    setBulkTarget(null);
    // What was marked has been asked for; the refusals stay listed in the outbox.
    setMarked(new Set());
  }, []);

  const empty =
    rows.length > 0 ? null : alarms.size === 0 ? (
      <NonIdealState className="panel-empty" title={t("alarms.emptyTitle")} description={t("alarms.emptyText")} />
    ) : filter.view === "shelved" && filtered.inView.shelved === 0 ? (
      <NonIdealState className="panel-empty" title={t("panel.empty.shelvedTitle")} description={t("panel.empty.shelvedText")} />
    ) : filter.view === "outOfService" && filtered.inView.outOfService === 0 ? (
      <NonIdealState className="panel-empty" title={t("panel.empty.outOfServiceTitle")} description={t("panel.empty.outOfServiceText")} />
    ) : (
      <NonIdealState className="panel-empty" title={t("panel.empty.noMatchTitle")} description={t("panel.empty.noMatchText")} />
    );

  return (
    <section className="panel alarm-panel" data-testid="alarm-panel" data-view={filter.view} aria-label={t("alarms.title")}>
      <header className="panel-header alarm-panel-header">
        <h2 className="panel-title">{t("alarms.title")}</h2>
        <FilterBar
          filter={filter}
          onFilter={setFilter}
          groupBy={groupBy}
          onGroupBy={(g) => updatePrefs((p) => ({ ...p, groupBy: g }))}
          counts={filtered.inView}
          shown={shownCount}
          unackedInView={unackedInView}
          book={book}
          services={services ?? []}
          serviceName={nameOfService}
          assets={assets}
          assetsById={assetsById}
          selectedAssetId={selectedAssetId}
          searchRef={searchRef}
          onLeaveSearch={() => gridRef.current?.focusRow(null)}
        />
        {marked.size > 0 && (
          <span className="panel-marked" data-testid="marked-count" title={t("panel.markedTitle")}>
            {t("panel.marked", { count: marked.size })}
            <Button size="small" variant="minimal" onClick={() => setMarked(new Set())} data-testid="clear-marks">
              {t("panel.clearMarks")}
            </Button>
          </span>
        )}
      </header>
      <div className="panel-body alarm-panel-body">
        <AlarmGrid
          ref={gridRef}
          rows={rows}
          grouped={groupBy !== "none"}
          label={t("alarms.title")}
          cursorKey={cursorKey}
          onCursor={onCursor}
          sort={sort}
          onSort={(c: SortColumn) => updatePrefs((p) => ({ ...p, sort: nextSort(p.sort, c) }))}
          groupLabel={groupLabel}
          onToggleGroup={onToggleGroup}
          onCommand={onCommand}
          data={data}
          empty={empty}
        />
      </div>
      <AckDialog alarmId={ackTarget} onClose={closeAck} onClosed={focusList} />
      <AlarmTextDialog target={textTarget} onClose={closeText} onClosed={focusList} />
      <ShelveDialog alarmId={shelveTarget} onClose={closeShelve} onClosed={focusList} />
      <BulkAckDialog target={bulkTarget} onClose={closeBulk} onClosed={focusList} />
    </section>
  );
}
