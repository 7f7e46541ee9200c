/**
 * The history search form: range, free text, priority, service, district, asset, person and
 * which kinds of rows. Enter in any field searches; nothing is sent while a person types.
 */
import { Button, ButtonGroup, FormGroup, HTMLSelect, InputGroup, SegmentedControl } from "@blueprintjs/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { AssetId, AssetInfo, Priority } from "../../contract/api";
import { PRIORITIES, PRIORITY_LABEL } from "../alarms/priority";
import { tk } from "../i18n/keys";
import { serviceName } from "../values/serviceNames";
import { AssetPicker } from "./AssetPicker";
import { KIND_CHOICES, type HistoryFilter, type KindChoice } from "./historyQuery";
import { RangePicker } from "./RangePicker";

const KIND_LABEL = {
  both: tk("history.kinds.both"),
  alarm: tk("history.kinds.alarm"),
  audit: tk("history.kinds.audit"),
} as const satisfies Record<KindChoice, string>;

interface Props {
  filter: HistoryFilter;
  onChange: (next: HistoryFilter) => void;
  onSearch: () => void;
  onReset: () => void;
  rangeProblem: string | null;
  services: readonly string[];
  districts: readonly string[];
  assets: readonly AssetInfo[];
  assetsById: ReadonlyMap<AssetId, AssetInfo>;
  /** Bumped on reset, so the asset field forgets what was typed. */
  resetCount: number;
  busy: boolean;
}

export function HistoryFilters(p: Props) {
  const { t } = useTranslation();
  const { filter, onChange } = p;
  const set = <K extends keyof HistoryFilter>(key: K, value: HistoryFilter[K]) => onChange({ ...filter, [key]: value });
  const togglePriority = (priority: Priority) =>
    set("priorities", filter.priorities.includes(priority) ? filter.priorities.filter((x) => x !== priority) : [...filter.priorities, priority]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    p.onSearch();
  };

  return (
    <form className="history-filters" aria-label={t("history.filtersAria")} onSubmit={submit} data-testid="history-filters">
      <RangePicker value={filter.range} onChange={(range) => set("range", range)} idPrefix="history" problem={p.rangeProblem} />
      <FormGroup label={t("history.filter.text")} labelFor="history-text" className="filter-field filter-text">
        <InputGroup
          id="history-text"
          data-testid="history-text"
          type="search"
          leftIcon="search"
          placeholder={t("history.filter.textPlaceholder")}
          value={filter.text}
          onChange={(e) => set("text", e.currentTarget.value)}
        />
      </FormGroup>
      <FormGroup label={t("history.filter.priority")} className="filter-field">
        <ButtonGroup role="group" aria-label={t("history.filter.priority")} className="priority-toggles">
          {PRIORITIES.map((priority) => {
            const on = filter.priorities.includes(priority);
            return (
              <Button
                key={priority}
                className={`priority-toggle priority-${priority}`}
                variant="outlined"
                active={on}
                icon={on ? "tick" : undefined}
                aria-pressed={on}
                data-testid={`history-priority-${priority}`}
                text={t(PRIORITY_LABEL[priority])}
                onClick={() => togglePriority(priority)}
              />
            );
          })}
        </ButtonGroup>
      </FormGroup>
      <FormGroup label={t("history.filter.service")} labelFor="history-service" className="filter-field">
        <HTMLSelect id="history-service" data-testid="history-service" value={filter.service} onChange={(e) => set("service", e.currentTarget.value)}>
          <option value="">{t("history.filter.any")}</option>
          {p.services.map((s) => (
            <option key={s} value={s}>
              {serviceName(s, t)}
            </option>
          ))}
        </HTMLSelect>
      </FormGroup>
      <FormGroup label={t("history.filter.district")} labelFor="history-district" className="filter-field">
        <HTMLSelect id="history-district" data-testid="history-district" value={filter.district} onChange={(e) => set("district", e.currentTarget.value)}>
          <option value="">{t("history.filter.any")}</option>
          {p.districts.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </HTMLSelect>
      </FormGroup>
      <AssetPicker key={p.resetCount} assets={p.assets} assetsById={p.assetsById} value={filter.assetId} onChange={(id) => set("assetId", id)} />
      <FormGroup label={t("history.filter.user")} labelFor="history-user" className="filter-field filter-user">
        <InputGroup
          id="history-user"
          data-testid="history-user"
          placeholder={t("history.filter.userPlaceholder")}
          value={filter.user}
          onChange={(e) => set("user", e.currentTarget.value)}
        />
      </FormGroup>
      <FormGroup label={t("history.filter.kinds")} className="filter-field">
        <SegmentedControl
          aria-label={t("history.filter.kinds")}
          data-testid="history-kinds"
          value={filter.kinds}
          onValueChange={(v) => set("kinds", v as KindChoice)}
          options={KIND_CHOICES.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))}
        />
      </FormGroup>
      <div className="filter-buttons">
        <Button type="submit" intent="primary" icon="search" loading={p.busy} data-testid="history-search" text={t("history.search")} />
        <Button variant="minimal" data-testid="history-reset" text={t("history.reset")} onClick={p.onReset} />
      </div>
    </form>
  );
}
