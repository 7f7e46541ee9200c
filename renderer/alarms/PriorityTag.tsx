/**
 * Priority as colour and word: the word keeps it readable for colour-blind operators and in
 * screenshots; the colour is one of only four on an otherwise grey screen.
 */
import { Tag } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { Priority } from "../../contract/api";
import { PRIORITY_LABEL } from "./priority";

export function PriorityTag({ priority, muted }: { priority: Priority; muted?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag className={`priority-tag priority-${priority}${muted ? " is-muted" : ""}`} minimal={muted}>
      {t(PRIORITY_LABEL[priority])}
    </Tag>
  );
}
