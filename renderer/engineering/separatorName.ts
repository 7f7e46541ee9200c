/** A CSV separator as a person names it ("semicolon ;"), not as an invisible tab. */
import type { TFunction } from "i18next";
import type { TagListSeparator } from "../../contract/tag-list";
import { tk } from "../i18n/keys";

const NAMES = {
  ",": tk("engineering.separator.comma"),
  ";": tk("engineering.separator.semicolon"),
  "\t": tk("engineering.separator.tab"),
} as const satisfies Record<TagListSeparator, string>;

export function separatorName(separator: TagListSeparator, t: TFunction): string {
  return t(NAMES[separator]);
}
