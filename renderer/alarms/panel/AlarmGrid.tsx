/**
 * The virtualised alarm list: an ARIA grid (a treegrid when grouped) of fixed-height rows, of
 * which only those in view are mounted, so 10,000 alarms cost what 30 do. The list is one Tab
 * stop (roving tabindex): the cursor row holds it and is always mounted, even scrolled away, so
 * focus is never lost. When the cursor's alarm moves in the sort order the list follows it by id.
 */
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from "react";
import type { AlarmId, AlarmState, AssetId, AssetInfo, EndpointId, EndpointStatus } from "../../../contract/api";
import type { Formats } from "../../i18n/formats";
import type { AlarmAction, May } from "../alarmActions";
import { AlarmRow } from "../AlarmRow";
import { indexOfKey, rowKey, type GroupRow as Group, type ListRow } from "./alarmGrouping";
import { GridHeader } from "./GridHeader";
import type { PanelSort, SortColumn } from "./alarmSort";
import { GroupRow } from "./GroupRow";
import { commandOf, moveCursor, MOVE_KEYS, type ListCommand } from "./listKeys";
import { ROW_HEIGHT } from "./rowStyle";
import { isUp } from "../../connections/connectionView";


export interface GridHandle {
  /** Moves the cursor to a row (by key) and gives it the focus; null: the cursor row as it is. */
  focusRow(key: string | null): void;
}

export interface RowData {
  assetsById: ReadonlyMap<AssetId, AssetInfo>;
  serviceName: (key: string) => string;
  selectedAlarmId: AlarmId | null;
  leavingId: AlarmId | null;
  /** Marked with Space for acknowledge / confirm the marked. */
  marked: ReadonlySet<AlarmId>;
  pendingAcks: ReadonlySet<AlarmId>;
  queuedAcks: ReadonlySet<AlarmId>;
  connections: ReadonlyMap<EndpointId, EndpointStatus>;
  formats: Formats;
  may: May;
  onSelect: (alarm: AlarmState) => void;
  onAction: (alarm: AlarmState, action: AlarmAction) => void;
}

interface Props {
  ref?: Ref<GridHandle>;
  rows: readonly ListRow[];
  grouped: boolean;
  label: string;
  cursorKey: string | null;
  onCursor: (key: string) => void;
  sort: PanelSort;
  onSort: (column: SortColumn) => void;
  groupLabel: (g: Group) => string;
  onToggleGroup: (key: string) => void;
  onCommand: (command: ListCommand, row: ListRow | null) => void;
  data: RowData;
  /** Shown under the headers when there is no row. */
  empty: ReactNode;
}

function rowSelector(key: string): string {
  return key.startsWith("g|") ? `[data-group-key="${CSS.escape(key.slice(2))}"]` : `[data-alarm-id="${CSS.escape(key.slice(2))}"]`;
}

export function AlarmGrid({ ref, rows, grouped, label, cursorKey, onCursor, sort, onSort, groupLabel, onToggleGroup, onCommand, data, empty }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  /** The list had the focus last: if a re-render dropped it (the focused row's alarm left), the cursor row gets it. */
  const focusInside = useRef(false);
  /** A row asked for the focus; it is given once the row is mounted. */
  const pendingFocus = useRef<string | null>(null);
  const lastIndex = useRef(0);

  // The cursor's alarm may have left the list (filtered out, removed): its neighbour takes over.
  const found = indexOfKey(rows, cursorKey);
  const cursorIndex = found >= 0 ? found : rows.length === 0 ? -1 : Math.min(lastIndex.current, rows.length - 1);
  const effectiveKey = cursorIndex >= 0 ? rowKey(rows[cursorIndex]!) : null;

  const rangeExtractor = useCallback(
    (range: Range) => {
      const out = defaultRangeExtractor(range);
      if (cursorIndex >= 0 && cursorIndex < range.count && !out.includes(cursorIndex)) {
        out.push(cursorIndex);
        out.sort((a, b) => a - b);
      }
      return out;
    },
    [cursorIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    getItemKey: (i) => rowKey(rows[i]!),
    rangeExtractor,
  });

  const wasOnScreen = (index: number) => {
    const el = scrollRef.current;
    if (!el) return false;
    const top = index * ROW_HEIGHT;
    return top + ROW_HEIGHT > el.scrollTop && top < el.scrollTop + el.clientHeight;
  };

  // A click anywhere else means the person left the list: no pulling the focus back then.
  // (Keyboard moves say where they went in relatedTarget; a removed row says nothing.)
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      if (!gridRef.current?.contains(e.target as Node)) focusInside.current = false;
    };
    document.addEventListener("pointerdown", onPointerDown, true);
    return () => document.removeEventListener("pointerdown", onPointerDown, true);
  }, []);

  const focusElement = useCallback((key: string) => {
    const el = gridRef.current?.querySelector<HTMLElement>(`[role=row]${rowSelector(key)}`);
    if (!el) return false;
    el.focus({ preventScroll: true });
    return true;
  }, []);

  useLayoutEffect(() => {
    if (effectiveKey !== null && effectiveKey !== cursorKey) onCursor(effectiveKey);
    const lastIndexBefore = lastIndex.current;
    const moved = cursorIndex !== lastIndexBefore;
    if (cursorIndex >= 0) lastIndex.current = cursorIndex;
    if (pendingFocus.current !== null) {
      const key = pendingFocus.current;
      const at = indexOfKey(rows, key);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: "auto" });
      if (focusElement(key)) pendingFocus.current = null;
      return;
    }
    if (!focusInside.current || effectiveKey === null) return;
    // The focused alarm moved in the sort order (or its neighbour took over): follow it, if it
    // was on screen; someone who scrolled away to read other rows is not pulled back.
    if (moved && wasOnScreen(lastIndexBefore)) virtualizer.scrollToIndex(cursorIndex, { align: "auto" });
    // React keeps the focus on a row it only moves; a row that was removed leaves it on <body>.
    const active = document.activeElement;
    if (!active || active === document.body) focusElement(effectiveKey);
  });

  const focusRow = useCallback(
    (key: string | null) => {
      const target = key !== null && indexOfKey(rows, key) >= 0 ? key : effectiveKey;
      if (target === null) return;
      focusInside.current = true;
      if (target !== cursorKey) onCursor(target);
      pendingFocus.current = target;
      const at = indexOfKey(rows, target);
      if (at >= 0) virtualizer.scrollToIndex(at, { align: "auto" });
      if (focusElement(target)) pendingFocus.current = null;
    },
    [rows, effectiveKey, cursorKey, onCursor, virtualizer, focusElement],
  );
  useImperativeHandle(ref, () => ({ focusRow }), [focusRow]);

  const moveTo = (index: number) => {
    const row = rows[index];
    if (!row) return;
    const key = rowKey(row);
    onCursor(key);
    pendingFocus.current = key;
    virtualizer.scrollToIndex(index, { align: "auto" });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.getAttribute("role") !== "row") return;
    const row = cursorIndex >= 0 ? rows[cursorIndex]! : null;
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
    if (plain && (MOVE_KEYS as readonly string[]).includes(e.key)) {
      const pageSize = Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT);
      const next = moveCursor(e.key, cursorIndex, rows.length, pageSize);
      if (next !== null) {
        e.preventDefault();
        moveTo(next);
      }
      return;
    }
    if (plain && row?.kind === "group") {
      const toggle =
        e.key === " " || e.key === "Enter" || (e.key === "ArrowRight" && row.collapsed) || (e.key === "ArrowLeft" && !row.collapsed);
      if (toggle) {
        e.preventDefault();
        onToggleGroup(row.key);
        return;
      }
    }
    if (plain && row?.kind === "alarm" && row.grouped && e.key === "ArrowLeft") {
      // Treegrid convention: left from a child goes to its parent row.
      for (let i = cursorIndex - 1; i >= 0; i--) {
        if (rows[i]!.kind === "group") {
          e.preventDefault();
          moveTo(i);
          return;
        }
      }
    }
    const command = commandOf(e);
    if (command === null || command === "menu") return; // the row opens its own menu
    e.preventDefault();
    onCommand(command, row);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <div
      ref={gridRef}
      role={grouped ? "treegrid" : "grid"}
      aria-label={label}
      aria-rowcount={rows.length + 1}
      aria-colcount={9}
      className="alarm-grid"
      data-testid="alarm-grid"
      onKeyDown={onKeyDown}
      onFocus={() => {
        focusInside.current = true;
      }}
      onBlur={(e) => {
        // Focus that went somewhere real (a dialog, the search box, the map) is not pulled back.
        if (e.relatedTarget !== null && !gridRef.current?.contains(e.relatedTarget)) focusInside.current = false;
      }}
    >
      <GridHeader sort={sort} onSort={onSort} />
      <div ref={scrollRef} className="alarm-grid-scroll" role="rowgroup" data-testid="alarm-scroll">
        <div role="presentation" className="alarm-grid-canvas" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index]!;
            const isCursor = item.index === cursorIndex;
            if (row.kind === "group") {
              return (
                <GroupRow
                  key={item.key}
                  group={row}
                  label={groupLabel(row)}
                  cursor={isCursor}
                  rowIndex={item.index + 2}
                  top={item.start}
                  onToggle={onToggleGroup}
                  onFocusRow={focusRow}
                />
              );
            }
            const a = row.alarm;
            const asset = a.assetId ? data.assetsById.get(a.assetId) : undefined;
            return (
              <AlarmRow
                key={item.key}
                alarm={a}
                assetName={asset?.name ?? null}
                serviceLabel={asset ? data.serviceName(asset.service) : ""}
                district={asset?.district ?? ""}
                selected={a.id === data.selectedAlarmId}
                cursor={isCursor}
                leaving={a.id === data.leavingId}
                marked={data.marked.has(a.id)}
                grouped={row.grouped}
                rowIndex={item.index + 2}
                top={item.start}
                ack={data.pendingAcks.has(a.id) ? "sent" : data.queuedAcks.has(a.id) ? "queued" : null}
                stale={!isUp(data.connections.get(a.endpointId)?.state)}
                formats={data.formats}
                may={data.may}
                onSelect={data.onSelect}
                onAction={data.onAction}
              />
            );
          })}
        </div>
        {empty}
      </div>
    </div>
  );
}
