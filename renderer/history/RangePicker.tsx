/**
 * The time range of a history search or a KPI screen: a preset, or from/to typed as date and time
 * in the site's zone (the zone is named beside the fields, since a laptop may be set to another).
 */
import { FormGroup, HTMLSelect, InputGroup } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";
import { tk } from "../i18n/keys";
import { toInputValue } from "./siteTime";
import { RANGE_PRESETS, shiftStart, type RangeChoice, type RangePreset } from "./timeRange";

const PRESET_LABEL = {
  shift: tk("timeRange.shift"),
  "24h": tk("timeRange.24h"),
  "7d": tk("timeRange.7d"),
  custom: tk("timeRange.custom"),
} as const satisfies Record<RangePreset, string>;

interface Props {
  value: RangeChoice;
  onChange: (next: RangeChoice) => void;
  /** Prefix for ids and test ids, so two pickers on one page stay apart. */
  idPrefix: string;
  /** Why the custom range cannot be used, already worded; null when it can. */
  problem: string | null;
}

export function RangePicker({ value, onChange, idPrefix, problem }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();
  const shiftFrom = formats.until(shiftStart(Date.now(), formats.timeZone));
  const choose = (preset: RangePreset) => {
    // Custom starts from the shift's beginning, so a person edits a date rather than typing one.
    const customFrom = preset === "custom" && value.customFrom === "" ? toInputValue(shiftStart(Date.now(), formats.timeZone), formats.timeZone) : value.customFrom;
    onChange({ ...value, preset, customFrom });
  };
  return (
    <div className="range-picker">
      <FormGroup label={t("timeRange.label")} labelFor={`${idPrefix}-range`} className="filter-field">
        <HTMLSelect
          id={`${idPrefix}-range`}
          data-testid={`${idPrefix}-range`}
          value={value.preset}
          onChange={(e) => choose(e.currentTarget.value as RangePreset)}
        >
          {RANGE_PRESETS.map((p) => (
            <option key={p} value={p}>
              {t(PRESET_LABEL[p], { time: shiftFrom })}
            </option>
          ))}
        </HTMLSelect>
      </FormGroup>
      {value.preset === "custom" && (
        <>
          <FormGroup label={t("timeRange.from")} labelFor={`${idPrefix}-from`} className="filter-field" intent={problem ? "danger" : "none"}>
            <InputGroup
              id={`${idPrefix}-from`}
              data-testid={`${idPrefix}-from`}
              type="datetime-local"
              className="range-input"
              value={value.customFrom}
              intent={problem ? "danger" : "none"}
              onChange={(e) => onChange({ ...value, customFrom: e.currentTarget.value })}
            />
          </FormGroup>
          <FormGroup
            label={t("timeRange.to")}
            labelInfo={t("timeRange.toHint")}
            labelFor={`${idPrefix}-to`}
            className="filter-field"
            helperText={problem ?? t("timeRange.zone", { zone: formats.timeZone })}
            intent={problem ? "danger" : "none"}
          >
            <InputGroup
              id={`${idPrefix}-to`}
              data-testid={`${idPrefix}-to`}
              type="datetime-local"
              className="range-input"
              value={value.customTo}
              onChange={(e) => onChange({ ...value, customTo: e.currentTarget.value })}
            />
          </FormGroup>
        </>
      )}
    </div>
  );
}
