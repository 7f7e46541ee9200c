import type Database from "better-sqlite3";

/** One schema step. Released migrations are never edited: a change is a new file. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
