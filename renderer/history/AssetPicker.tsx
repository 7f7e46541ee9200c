/**
 * The asset filter: type part of a name, pick from the suggestions (name · district, since names
 * repeat across municipalities). Only a picked asset filters; free text goes in the text field.
 */
import { FormGroup, InputGroup } from "@blueprintjs/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssetId, AssetInfo } from "../../contract/api";

/** Enough to choose from while typing; a long list of suggestions is not read. */
const MAX_SUGGESTIONS = 50;

const fold = (s: string) => s.toLocaleLowerCase("sr").normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "dj");
const labelOf = (a: AssetInfo) => `${a.name} · ${a.district}`;

interface Props {
  assets: readonly AssetInfo[];
  assetsById: ReadonlyMap<AssetId, AssetInfo>;
  value: AssetId | null;
  onChange: (assetId: AssetId | null) => void;
}

export function AssetPicker({ assets, assetsById, value, onChange }: Props) {
  const { t } = useTranslation();
  const picked = value ? assetsById.get(value) : undefined;
  const [typed, setTyped] = useState(picked ? labelOf(picked) : "");
  const suggestions = useMemo(() => {
    const q = fold(typed.trim());
    if (q.length < 2) return [];
    return assets.filter((a) => fold(labelOf(a)).includes(q)).slice(0, MAX_SUGGESTIONS);
  }, [assets, typed]);
  const unknown = typed.trim() !== "" && !value;

  const type = (text: string) => {
    setTyped(text);
    const match = assets.find((a) => labelOf(a) === text);
    onChange(match ? match.id : null);
  };

  return (
    <FormGroup
      label={t("history.filter.asset")}
      labelFor="history-asset"
      className="filter-field filter-asset"
      helperText={unknown ? t("history.filter.assetUnknown") : undefined}
      intent={unknown ? "warning" : "none"}
    >
      <InputGroup
        id="history-asset"
        data-testid="history-asset"
        list="history-asset-suggestions"
        placeholder={t("history.filter.assetPlaceholder")}
        value={typed}
        intent={unknown ? "warning" : "none"}
        onChange={(e) => type(e.currentTarget.value)}
      />
      <datalist id="history-asset-suggestions">
        {suggestions.map((a) => (
          <option key={a.id} value={labelOf(a)} />
        ))}
      </datalist>
    </FormGroup>
  );
}
