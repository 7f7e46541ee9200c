/** What a desktop notification says, in the window's language: plain text (no HTML reaches the OS). */
import type { TFunction } from "i18next";
import type { AlarmState, AssetId, AssetInfo } from "../../contract/api";
import { PRIORITY_LABEL } from "../alarms/priority";
import { prepareServerText } from "../text/serverText";
import type { NotificationText } from "./notifications";
import type { Shown } from "./notificationPlan";

/** Notification bodies are short on every desktop; the banner has the whole text. */
const BODY_MAX = 180;

export function notificationText(shown: Shown, t: TFunction, assets: ReadonlyMap<AssetId, AssetInfo>): NotificationText {
  const alarm: AlarmState = shown.kind === "one" ? shown.alarm : shown.top;
  const source = prepareServerText((alarm.assetId ? assets.get(alarm.assetId)?.name : null) ?? alarm.sourceName, 80).shown;
  const message = prepareServerText(alarm.message, BODY_MAX).shown;
  const priority = t(PRIORITY_LABEL[alarm.priority]);
  if (shown.kind === "one") return { title: t("banner.notify.oneTitle", { priority, source }), body: message };
  return {
    title: t("banner.notify.summaryTitle", { count: shown.count }),
    body: t("banner.notify.summaryBody", { priority, source, message }),
  };
}
