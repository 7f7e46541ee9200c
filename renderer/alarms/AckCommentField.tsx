/**
 * The comment of an acknowledge (one alarm or many): Enter sends, as the keyboard path from the
 * list expects (a, comment, Enter); Shift+Enter starts a new line.
 */
import { FormGroup, TextArea } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";

export const MAX_ACK_COMMENT = 2000;

interface Props {
  id: string;
  value: string;
  onChange: (text: string) => void;
  onSubmit: () => void;
  rows: number;
  disabled?: boolean;
}

export function AckCommentField({ id, value, onChange, onSubmit, rows, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <FormGroup label={t("ack.comment")} labelFor={id} helperText={t("ack.charCount", { count: value.length, max: MAX_ACK_COMMENT })}>
      <TextArea
        id={id}
        data-testid={id}
        fill
        autoFocus
        rows={rows}
        maxLength={MAX_ACK_COMMENT}
        disabled={disabled}
        placeholder={t("ack.commentPlaceholder")}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
    </FormGroup>
  );
}
