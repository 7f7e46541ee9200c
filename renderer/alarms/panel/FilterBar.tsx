/**
 * The panel header's filter bar: views with their counts, the free-text box ("/" from the list,
 * Escape back), the facets, the asset pin, grouping, "N of M shown" and the keyboard help.
 */
import { Button, ButtonGroup, HTMLSelect, InputGroup, Tag } from "@blueprintjs/core";
import { useMemo, type Ref } from "react";
import { useTranslation } from "react-i18next";
import type { AssetId, AssetInfo } from "../../../contract/api";
import { PRIORITIES, PRIORITY_LABEL } from "../priority";
import { isFiltering, PANEL_VIEWS, STATE_FILTERS, type PanelFilter, type PanelView, type StateFilter, type ViewCounts } from "./alarmFilter";
import { GROUP_BY, type GroupBy } from "./alarmGrouping";
import { FacetMenu } from "./FacetMenu";
import { KeyHelp } from "./KeyHelp";
import { PANEL_TEXT } from "./panelText";

interface Props {
  filter: PanelFilter;
  onFilter: (next: PanelFilter) => void;
  groupBy: GroupBy;
  onGroupBy: (next: GroupBy) => void;
  counts: ViewCounts;
  shown: number;
  unackedInView: number;
  /** The whole book, whatever the view and filters: the "shown" line's tooltip. */
  book: { active: number; unacked: number; listed: number };
  services: readonly string[];
  serviceName: (key: string) => string;
  assets: readonly AssetInfo[];
  assetsById: ReadonlyMap<AssetId, AssetInfo>;
  selectedAssetId: AssetId | null;
  searchRef: Ref<HTMLInputElement>;
  onLeaveSearch: () => void;
}

export function FilterBar(props: Props) {
  const { filter, onFilter, groupBy, onGroupBy, counts, shown, unackedInView, services, serviceName, assets, assetsById, selectedAssetId } = props;
  const { t } = useTranslation();
  const set = (patch: Partial<PanelFilter>) => onFilter({ ...filter, ...patch });
  const districts = useMemo(() => [...new Set(assets.map((a) => a.district))].sort((a, b) => a.localeCompare(b)), [assets]);
  const pinned = filter.assetId ? assetsById.get(filter.assetId) : undefined;
  const selected = selectedAssetId ? assetsById.get(selectedAssetId) : undefined;

  return (
    <div className="panel-filter-bar" data-testid="alarm-filter-bar">
      <ButtonGroup className="panel-views" role="group" aria-label={t("panel.views.label")}>
        {PANEL_VIEWS.map((v: PanelView) => (
          <Button
            key={v}
            size="small"
            variant={filter.view === v ? "solid" : "minimal"}
            aria-pressed={filter.view === v}
            data-testid={`view-${v}`}
            onClick={() => set({ view: v })}
          >
            {t(PANEL_TEXT.view[v])} <span className="view-count">{counts[v]}</span>
          </Button>
        ))}
      </ButtonGroup>
      {unackedInView > 0 && (
        <span className="unacked-indicator" data-testid="unacked-indicator" title={t("panel.unackedIndicator")}>
          <span className="unacked-dot" aria-hidden />
          {t("alarms.unackedCount", { count: unackedInView })}
        </span>
      )}
      <InputGroup
        inputRef={props.searchRef}
        size="small"
        type="search"
        leftIcon="search"
        className="panel-search"
        data-testid="alarm-search"
        aria-label={t("panel.search.label")}
        placeholder={t("panel.search.placeholder")}
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === "Escape" || (e.key === "Enter" && !e.shiftKey)) {
            e.preventDefault();
            props.onLeaveSearch();
          }
        }}
      />
      <FacetMenu
        id="priority"
        label={t("panel.facet.priority")}
        options={PRIORITIES.map((p) => ({ value: p, label: t(PRIORITY_LABEL[p]) }))}
        chosen={filter.priorities}
        onChange={(v) => set({ priorities: v as PanelFilter["priorities"] })}
      />
      <FacetMenu
        id="service"
        label={t("panel.facet.service")}
        options={services.map((s) => ({ value: s, label: serviceName(s) }))}
        chosen={filter.services}
        onChange={(v) => set({ services: v })}
      />
      <FacetMenu id="district" label={t("panel.facet.district")} options={districts.map((d) => ({ value: d, label: d }))} chosen={filter.districts} onChange={(v) => set({ districts: v })} />
      <FacetMenu
        id="state"
        label={t("panel.facet.state")}
        options={STATE_FILTERS.map((s: StateFilter) => ({ value: s, label: t(PANEL_TEXT.state[s]) }))}
        chosen={filter.states}
        onChange={(v) => set({ states: v as StateFilter[] })}
      />
      {pinned || filter.assetId ? (
        <Tag className="asset-pin" data-testid="asset-pin" intent="primary" onRemove={() => set({ assetId: null })} title={t("panel.asset.unpin")}>
          {t("panel.asset.pinned", { name: pinned?.name ?? filter.assetId ?? "" })}
        </Tag>
      ) : (
        <Button
          size="small"
          variant="minimal"
          icon="pin"
          className="asset-pin-button"
          data-testid="asset-pin-button"
          disabled={!selected}
          title={selected ? undefined : t("panel.asset.noneSelected")}
          text={selected ? t("panel.asset.pinSelected", { name: selected.name }) : t("panel.facet.asset")}
          onClick={() => selected && set({ assetId: selected.id })}
        />
      )}
      <HTMLSelect
        className="panel-group-by"
        data-testid="group-by"
        aria-label={t("panel.group.label")}
        value={groupBy}
        onChange={(e) => onGroupBy(e.currentTarget.value as GroupBy)}
        options={GROUP_BY.map((g) => ({ value: g, label: t(PANEL_TEXT.group[g]) }))}
        minimal
      />
      {isFiltering(filter) && (
        <Button
          size="small"
          variant="minimal"
          icon="filter-remove"
          className="clear-filters"
          data-testid="clear-filters"
          aria-label={t("panel.clearFilters")}
          title={t("panel.clearFilters")}
          text={t("panel.clearFilters")}
          onClick={() => onFilter({ ...filter, priorities: [], services: [], districts: [], states: [], assetId: null, text: "" })}
        />
      )}
      <span
        className="panel-shown"
        data-testid="alarm-shown"
        aria-live="polite"
        title={[t("alarms.activeCount", { count: props.book.active }), t("alarms.unackedCount", { count: props.book.unacked }), t("alarms.listedCount", { count: props.book.listed })].join(" · ")}
      >
        {t("panel.shown", { shown, total: counts[filter.view] })}
      </span>
      <KeyHelp />
    </div>
  );
}
