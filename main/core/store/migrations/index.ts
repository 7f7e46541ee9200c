/**
 * Applies the migrations on PRAGMA user_version, each in its own transaction, so a crash leaves
 * the file at a version it really has.
 */
import type Database from "better-sqlite3";
import { StoreError } from "../store-error";
import { migration001 } from "./001-initial";
import { migration002 } from "./002-outbox-states";
import { migration003 } from "./003-set-aside";
import { migration004 } from "./004-sign-in-verifiers";
import { migration005 } from "./005-history-search";
import { migration006 } from "./006-engineered-model";
import { migration007 } from "./007-historian";
import { migration008 } from "./008-audit-chain";
import { migration009 } from "./009-field-notes";
import { migration010 } from "./010-handover-notes";
import type { Migration } from "./types";

export type { Migration } from "./types";

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010];
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Migrates up to `target` (tests stop early to build an older schema). */
export function migrate(db: Database.Database, target = SCHEMA_VERSION): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      "newer-schema",
      `The local store has schema version ${current}, newer than this build knows (${SCHEMA_VERSION}); it was left untouched. Use a newer build of the application.`,
    );
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
