/**
 * Picking a trend's pens from the asset model: search assets by name (folded, so "cisc" finds
 * "Čišćenje"), then tick their tags. At most MAX_PENS pens: a chart with more is not read.
 */
import { Checkbox, InputGroup } from "@blueprintjs/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AssetInfo, TagId } from "../../contract/api";
import { foldText } from "../../contract/text-fold";
import { MAX_PENS } from "./trendPrefs";

const SHOWN = 30;

export function PenPicker({ assets, pens, onToggle }: { assets: readonly AssetInfo[]; pens: readonly TagId[]; onToggle(tagId: TagId): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const found = useMemo(() => {
    const words = foldText(text).split(/\s+/).filter(Boolean);
    if (words.length === 0) return [];
    return assets.filter((a) => a.tags.length > 0 && words.every((w) => foldText(`${a.name} ${a.id}`).includes(w))).slice(0, SHOWN);
  }, [assets, text]);
  const full = pens.length >= MAX_PENS;
  return (
    <div className="pen-picker" data-testid="pen-picker">
      <InputGroup
        type="search"
        leftIcon="search"
        value={text}
        placeholder={t("trends.searchPlaceholder")}
        aria-label={t("trends.searchPlaceholder")}
        data-testid="pen-search"
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {full && <p className="pen-picker-full">{t("trends.full", { max: MAX_PENS })}</p>}
      <ul className="pen-picker-assets">
        {found.map((a) => (
          <li key={a.id} data-testid="pen-asset">
            <bdi className="pen-picker-asset">{a.name}</bdi>
            {a.tags.map((tag) => {
              const on = pens.includes(tag.id);
              return (
                <Checkbox
                  key={tag.id}
                  className="pen-picker-tag"
                  checked={on}
                  disabled={!on && full}
                  data-testid="pen-tag"
                  data-tag-id={tag.id}
                  onChange={() => onToggle(tag.id)}
                  labelElement={
                    <span>
                      <bdi>{tag.name}</bdi>
                      {tag.unit ? <span className="pen-picker-unit"> ({tag.unit})</span> : null}
                    </span>
                  }
                />
              );
            })}
          </li>
        ))}
      </ul>
      {text.trim() !== "" && found.length === 0 && <p className="pen-picker-none">{t("trends.noAsset")}</p>}
    </div>
  );
}
