/** Tells a person, by toast, about failures and core notices that no dialog is waiting for. */
import { describeError } from "../i18n/describeError";
import { i18n } from "../i18n/workstation";
import type { SessionReporter } from "../state/session";
import { noticeKindKey } from "./noticeKind";
import { showToast } from "./toaster";

export const toastReporter: SessionReporter = {
  error(key, error) {
    showToast({ intent: "danger", message: i18n.t(key, { message: describeError(error, i18n.t) }) });
  },
  notice(notice) {
    // A disk error stays until someone closes it: it is not news that may scroll away.
    showToast({ intent: "danger", timeout: 0, message: i18n.t("notices.toast", { kind: i18n.t(noticeKindKey(notice.kind)), message: notice.message }) });
  },
};
