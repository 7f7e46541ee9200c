/** The area of a download: districts of the site (ticked), or a box of latitudes and longitudes. */
import { Checkbox, FormGroup, NumericInput, Radio, RadioGroup } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { tk } from "../i18n/keys";
import type { BoxInput, FieldForm } from "./fieldRequest";

interface Props {
  form: FieldForm;
  districts: string[];
  disabled: boolean;
  onChange(form: FieldForm): void;
}

const SIDES = ["north", "west", "east", "south"] as const;
const SIDE_LABEL = { north: tk("field.north"), west: tk("field.west"), east: tk("field.east"), south: tk("field.south") } as const satisfies Record<(typeof SIDES)[number], string>;

export function AreaPicker({ form, districts, disabled, onChange }: Props) {
  const { t } = useTranslation();
  const toggle = (d: string) =>
    onChange({ ...form, districts: form.districts.includes(d) ? form.districts.filter((x) => x !== d) : [...form.districts, d] });
  const setSide = (side: keyof BoxInput, value: number) => onChange({ ...form, box: { ...form.box, [side]: value } });
  return (
    <FormGroup label={t("field.area")} className="field-area">
      <RadioGroup
        inline
        selectedValue={form.areaKind}
        onChange={(e) => onChange({ ...form, areaKind: e.currentTarget.value === "box" ? "box" : "districts" })}
        disabled={disabled}
      >
        <Radio value="districts" label={t("field.areaDistricts")} data-testid="field-area-districts" />
        <Radio value="box" label={t("field.areaBox")} data-testid="field-area-box" />
      </RadioGroup>
      {form.areaKind === "districts" ? (
        districts.length === 0 ? (
          <p className="field-note">{t("field.noDistricts")}</p>
        ) : (
          <div className="field-districts" data-testid="field-districts">
            {districts.map((d) => (
              <Checkbox key={d} label={d} checked={form.districts.includes(d)} onChange={() => toggle(d)} disabled={disabled} />
            ))}
          </div>
        )
      ) : (
        <div className="field-box">
          {SIDES.map((side) => (
            <FormGroup key={side} label={t(SIDE_LABEL[side])} labelFor={`field-box-${side}`} inline className={`field-box-${side}`}>
              <NumericInput
                id={`field-box-${side}`}
                value={form.box[side]}
                onValueChange={(v) => setSide(side, v)}
                stepSize={0.01}
                minorStepSize={0.001}
                majorStepSize={0.1}
                buttonPosition="none"
                fill
                disabled={disabled}
              />
            </FormGroup>
          ))}
          <p className="field-note">{t("field.boxHint")}</p>
        </div>
      )}
    </FormGroup>
  );
}
