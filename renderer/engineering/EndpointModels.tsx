/**
 * Each endpoint's model: assets found by automatic discovery (our browsing convention) and
 * assets engineered by hand. A server whose discovery found nothing does not follow the
 * convention: that is said plainly, with the way on (its address-space browser), since a map
 * that stays empty without a word is what a new engineer would otherwise see.
 */
import { Button, Callout, Tag } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { EndpointId } from "../../contract/api";
import type { EndpointModel } from "../../contract/engineering";
import { useFormats } from "../i18n/useFormats";

interface Props {
  models: readonly EndpointModel[];
  selected: EndpointId | null;
  onSelect(endpointId: EndpointId): void;
  onBrowse(endpointId: EndpointId): void;
}

export function EndpointModels({ models, selected, onSelect, onBrowse }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();
  const empty = models.filter((m) => m.notice === "nothing-discovered");
  return (
    <div className="endpoint-models">
      <ul className="endpoint-model-list" aria-label={t("engineering.models.aria")} data-testid="endpoint-models">
        {models.map((m) => (
          <li key={m.endpointId}>
            <Button
              size="small"
              variant={m.endpointId === selected ? "solid" : "minimal"}
              aria-pressed={m.endpointId === selected}
              data-testid="endpoint-model"
              data-endpoint={m.endpointId}
              data-discovered={m.discoveredAssets ?? undefined}
              data-engineered={m.engineeredAssets}
              onClick={() => onSelect(m.endpointId)}
            >
              <span className="endpoint-model-name">{m.endpointId}</span>
              <span className="endpoint-model-counts">
                {m.discoveredAssets === null
                  ? t("engineering.models.notDiscovered")
                  : t("engineering.models.discovered", { count: m.discoveredAssets, n: formats.number(m.discoveredAssets) })}
                {" · "}
                {t("engineering.models.engineered", { count: m.engineeredAssets, n: formats.number(m.engineeredAssets) })}
              </span>
              {m.notice === "nothing-discovered" && (
                <Tag minimal intent="warning" className="endpoint-model-flag">
                  {t("engineering.models.nothingShort")}
                </Tag>
              )}
            </Button>
          </li>
        ))}
      </ul>
      {empty.map((m) => (
        <Callout key={m.endpointId} intent="warning" icon="search-template" className="nothing-discovered" data-testid="nothing-discovered" data-endpoint={m.endpointId} title={t("engineering.models.nothingTitle", { endpoint: m.endpointId })}>
          <p>
            {m.engineeredAssets > 0
              ? t("engineering.models.nothingEngineered", { count: m.engineeredAssets, n: formats.number(m.engineeredAssets) })
              : t("engineering.models.nothingBody")}
          </p>
          <Button size="small" intent="primary" icon="diagram-tree" data-testid="open-browser" onClick={() => onBrowse(m.endpointId)}>
            {t("engineering.models.openBrowser")}
          </Button>
        </Callout>
      ))}
    </div>
  );
}
