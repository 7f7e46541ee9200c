/**
 * The limits of a limit alarm and the watched value now, the one past a limit marked. Part 9
 * events carry no value at the event; the server's message (above) usually states it.
 */
import { useTranslation } from "react-i18next";
import type { AlarmState } from "../../../contract/api";
import { useFormats } from "../../i18n/useFormats";
import { useRoomSelector } from "../../state/RoomContext";
import { ServerText } from "../../text/ServerText";
import { LIMIT_LABEL, limitList, limitPassed } from "./limits";

export function DetailLimits({ alarm }: { alarm: AlarmState }) {
  const { t } = useTranslation();
  const formats = useFormats();
  const inputId = alarm.inputTagId ?? null;
  const tag = useRoomSelector((s) => {
    if (!inputId || !alarm.assetId) return null;
    return s.assetsById.get(alarm.assetId)?.tags.find((x) => x.id === inputId) ?? null;
  });
  const value = useRoomSelector((s) => (inputId ? (s.values.get(inputId) ?? null) : null));
  const limits = limitList(alarm.limits);
  if (limits.length === 0 && !tag) return null;
  const unit = tag?.unit ?? null;
  const passed = limitPassed(value?.value, alarm.limits);

  return (
    <section className="detail-section" aria-labelledby="detail-limits-title" data-testid="detail-limits">
      <h3 className="detail-heading" id="detail-limits-title">
        {limits.length > 0 ? t("detail.limits.title") : t("detail.limits.inputOnly")}
      </h3>
      <dl className="detail-grid">
        {tag && (
          <div className="detail-limit">
            <dt>
              <ServerText text={tag.name} />
            </dt>
            <dd className={passed ? "detail-input is-past" : "detail-input"} data-testid="detail-input-value" data-stale={value?.stale ? "true" : "false"}>
              {value ? <ServerText text={formats.value(value.value, unit)} max={120} /> : "…"}
              {passed && <span className="detail-past"> · {t("detail.limits.past", { limit: t(LIMIT_LABEL[passed]) })}</span>}
              {value?.stale && <span className="detail-faint"> · {t("values.stale")}</span>}
            </dd>
          </div>
        )}
        {limits.map(({ key, value: limit }) => (
          <div key={key} className={key === passed ? "detail-limit is-past" : "detail-limit"} data-testid="detail-limit" data-limit={key}>
            <dt>{t(LIMIT_LABEL[key])}</dt>
            <dd>{formats.value(limit, unit)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
