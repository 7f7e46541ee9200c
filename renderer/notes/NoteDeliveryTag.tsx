/** A note's delivery in words, with what it means on hover. */
import { Tag } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import type { FieldNote } from "../../contract/api";
import { useRoomSelector } from "../state/RoomContext";
import { DELIVERY_INTENT, DELIVERY_TEXT, liveDelivery } from "./noteDelivery";

export function NoteDeliveryTag({ note }: { note: FieldNote }) {
  const { t } = useTranslation();
  const delivery = useRoomSelector((s) => liveDelivery(note, s.actions));
  return (
    <Tag
      minimal
      intent={DELIVERY_INTENT[delivery]}
      data-testid="note-delivery"
      data-delivery={delivery}
      title={t(DELIVERY_TEXT[delivery].title, { problem: note.deliveryProblem ?? "" })}
    >
      {t(DELIVERY_TEXT[delivery].label)}
    </Tag>
  );
}
