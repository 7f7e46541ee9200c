/**
 * The node's Variables as tag checkboxes: each with its server name, NodeId, and the unit and
 * range the server gives (a tag without them shows its value bare). A ticked tag may be given a
 * name of its own; tags kept from an earlier save that are not below the node stay listed.
 */
import { Checkbox, InputGroup } from "@blueprintjs/core";
import { useTranslation } from "react-i18next";
import { useFormats } from "../i18n/useFormats";
import { ServerText } from "../text/ServerText";
import type { TagChoice } from "./assetDraft";

interface Props {
  choices: readonly TagChoice[];
  /** More variables than the form lists. */
  cut: boolean;
  tags: ReadonlyMap<string, string>;
  onChange(tags: ReadonlyMap<string, string>): void;
}

export function TagChoices({ choices, cut, tags, onChange }: Props) {
  const { t } = useTranslation();
  const formats = useFormats();
  const listed = new Set(choices.map((c) => c.nodeId));
  const kept = [...tags.keys()].filter((n) => !listed.has(n)).map((nodeId) => ({ nodeId, displayName: nodeId, unit: null, range: null }));
  const all = [...choices, ...kept];
  const toggle = (nodeId: string, on: boolean) => {
    const next = new Map(tags);
    if (on) next.set(nodeId, "");
    else next.delete(nodeId);
    onChange(next);
  };
  const rename = (nodeId: string, name: string) => onChange(new Map(tags).set(nodeId, name));

  if (all.length === 0) return <p className="asset-tags-none">{t("engineering.form.noVariables")}</p>;
  return (
    <ul className="tag-choices">
      {all.map((c) => {
        const on = tags.has(c.nodeId);
        const meta = [c.unit ? t("engineering.form.unit", { unit: c.unit }) : null, c.range ? t("engineering.form.range", { low: formats.number(c.range.low), high: formats.number(c.range.high) }) : null]
          .filter(Boolean)
          .join(" · ");
        return (
          <li key={c.nodeId} className="tag-choice" data-node-id={c.nodeId}>
            <Checkbox checked={on} onChange={(e) => toggle(c.nodeId, e.currentTarget.checked)} data-testid="asset-tag-choice" aria-label={c.displayName}>
              <ServerText text={c.displayName} className="tag-choice-name" />
              <span className="tag-choice-meta">{meta || t("engineering.form.noUnit")}</span>
            </Checkbox>
            {on && (
              <InputGroup
                size="small"
                className="tag-choice-rename"
                value={tags.get(c.nodeId) ?? ""}
                placeholder={c.displayName}
                aria-label={t("engineering.form.tagName", { name: c.displayName })}
                onChange={(e) => rename(c.nodeId, e.target.value)}
              />
            )}
          </li>
        );
      })}
      {cut && <li className="tag-choices-cut">{t("engineering.form.variablesCut")}</li>}
    </ul>
  );
}
