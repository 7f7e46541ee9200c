/** The headline of a core notice, by its kind; the message itself is the core's text. */
import type { CoreNotice } from "../../contract/api";
import { tk, type Key } from "../i18n/keys";

const NOTICE_KIND: Record<CoreNotice["kind"], Key> = {
  "store-error": tk("notices.kind.store-error"),
  "store-set-aside": tk("notices.kind.store-set-aside"),
  "internal-error": tk("notices.kind.internal-error"),
};

export function noticeKindKey(kind: string): Key {
  return Object.hasOwn(NOTICE_KIND, kind) ? NOTICE_KIND[kind as CoreNotice["kind"]] : tk("notices.kind.internal-error");
}
