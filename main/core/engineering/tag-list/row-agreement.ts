/**
 * Rows of a tag list must agree with each other: a tag list repeats its asset's facts on every
 * tag's row, so two rows of one asset that disagree on its name, service, type, district or
 * location leave us guessing which is right, and a node listed twice would make one tag of two.
 * The first good row of an asset sets its facts; later rows that differ are errors naming it.
 */
import type { ColumnMapping, TagListError, TagListField, TagListRow } from "../../../../contract/tag-list";
import { FIELD_WORDS, quoted, tagListError } from "./errors";

const ASSET_FACTS = ["assetName", "service", "type", "district", "lat", "lon"] as const satisfies readonly TagListField[];

export class RowAgreement {
  private readonly assets = new Map<string, { line: number; row: TagListRow }>();
  private readonly nodes = new Map<string, number>();

  constructor(
    private readonly mapping: ColumnMapping,
    private readonly headers: string[],
  ) {}

  private error(line: number, field: TagListField, code: "duplicate-node" | "inconsistent-asset", what: string, text: string): TagListError {
    const index = this.mapping[field] ?? null;
    return tagListError(code, { line, index, header: index === null ? null : (this.headers[index] ?? null), field }, what, text);
  }

  /** The row's conflicts with earlier good rows; a row without any is remembered. */
  check(line: number, row: TagListRow): TagListError[] {
    const errors: TagListError[] = [];
    const earlierNode = this.nodes.get(row.node);
    if (earlierNode !== undefined) {
      errors.push(this.error(line, "node", "duplicate-node", `${quoted(row.node)} is already the tag on line ${earlierNode}`, row.node));
    }
    const first = this.assets.get(row.assetId);
    if (first) {
      for (const f of ASSET_FACTS) {
        if (first.row[f] === row[f]) continue;
        const what = `asset ${quoted(row.assetId)} has ${FIELD_WORDS[f]} ${quoted(String(first.row[f]))} on line ${first.line}, here ${quoted(String(row[f]))}`;
        errors.push(this.error(line, f, "inconsistent-asset", what, String(row[f])));
      }
    }
    if (errors.length === 0) {
      this.nodes.set(row.node, line);
      if (!first) this.assets.set(row.assetId, { line, row });
    }
    return errors;
  }
}
