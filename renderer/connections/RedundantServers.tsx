/**
 * An endpoint's redundant server set on its card: each server with its service level, the one
 * in use marked in words (not only by colour), the redundancy mode and the last switchover.
 * URLs and ApplicationUris are server text, never HTML.
 */
import { useTranslation } from "react-i18next";
import type { EndpointRedundancy } from "../../contract/api";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";
import { useNow } from "../time/clock";
import { redundancyView } from "./redundancyView";

export function RedundantServers({ redundancy }: { redundancy: EndpointRedundancy }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const now = useNow();
  const v = redundancyView(redundancy, now, t, formats);
  return (
    <>
      <dt>{t("connections.redundancy.title")}</dt>
      <dd data-testid="endpoint-redundancy">
        {v.modeText && <span className="endpoint-muted redundancy-mode">{v.modeText}</span>}
        <ul className="redundant-servers">
          {v.servers.map((s) => (
            <li
              key={s.url}
              className={`redundant-server${s.active ? " is-active" : ""}${s.unusable ? " is-unusable" : ""}`}
              data-testid="redundant-server"
              data-active={s.active}
            >
              <span className="redundant-head">
                <ServerText text={s.url} max={200} />
                {s.active && <span className="redundant-active">{t("connections.redundancy.active")}</span>}
              </span>
              <span className="redundant-level">{s.levelText}</span>
              {s.applicationUri && <ServerText text={s.applicationUri} max={200} className="endpoint-muted redundant-uri" />}
            </li>
          ))}
        </ul>
        <span className="endpoint-muted redundancy-switch" data-testid="endpoint-last-switch">
          {v.lastSwitchText}
        </span>
      </dd>
    </>
  );
}
