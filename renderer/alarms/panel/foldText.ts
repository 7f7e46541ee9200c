/**
 * The panel's free-text search folds text as the core's history search does: both use
 * contract/text-fold.ts, so a word typed here finds what it finds in the history screen.
 */
export { foldText, queryWords } from "../../../contract/text-fold";
