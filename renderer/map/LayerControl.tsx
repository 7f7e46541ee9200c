/** The map's layers, one per service: a checkbox each, with its asset count and how many are in alarm. */
import { Button, Checkbox } from "@blueprintjs/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { serviceName } from "../values/serviceNames";
import type { LayerCount } from "./mapLayers";

export function LayerControl({
  counts,
  hidden,
  onToggle,
  onShowAll,
}: {
  counts: readonly LayerCount[];
  hidden: ReadonlySet<string>;
  onToggle: (service: string) => void;
  onShowAll: () => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  if (!open) {
    return (
      <div className="map-layers is-collapsed" data-testid="map-layers">
        <Button size="small" icon="layers" text={t("cityMap.layers.expand")} onClick={() => setOpen(true)} data-testid="map-layers-expand" />
      </div>
    );
  }
  return (
    <section className="map-layers" data-testid="map-layers" aria-label={t("cityMap.layers.aria")}>
      <header className="map-layers-header">
        <span className="map-layers-title">{t("cityMap.layers.title")}</span>
        {hidden.size > 0 && <Button size="small" variant="minimal" text={t("cityMap.layers.showAll")} onClick={onShowAll} data-testid="map-layers-all" />}
        <Button size="small" variant="minimal" icon="chevron-up" aria-label={t("cityMap.layers.collapse")} title={t("cityMap.layers.collapse")} onClick={() => setOpen(false)} />
      </header>
      {counts.map((c) => (
        <div
          key={c.service}
          className={c.abnormal > 0 ? "map-layer has-abnormal" : "map-layer"}
          data-testid="map-layer"
          data-service={c.service}
          data-total={c.total}
          data-abnormal={c.abnormal}
          title={t("cityMap.layers.countTitle", { total: c.total, abnormal: c.abnormal, unacked: c.unacked })}
        >
          <Checkbox
            className="map-layer-check"
            checked={!hidden.has(c.service)}
            onChange={() => onToggle(c.service)}
            labelElement={<span className="map-layer-name">{serviceName(c.service, t)}</span>}
            data-testid="map-layer-toggle"
          />
          <span className="map-layer-total" data-testid="map-layer-total">
            {c.total}
          </span>
          <span className={c.unacked > 0 ? "map-layer-abnormal is-unacked" : "map-layer-abnormal"} data-testid="map-layer-abnormal">
            {c.abnormal > 0 ? c.abnormal : ""}
          </span>
        </div>
      ))}
    </section>
  );
}
