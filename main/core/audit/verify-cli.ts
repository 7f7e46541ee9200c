/**
 * `npm run audit:verify -- <store file>`: prints OK with the row count and the newest row's
 * hash, or the first broken row and what is wrong with it; exit code 0 intact, 1 broken, 2 not
 * checked (verify-file.ts).
 */
import { runVerify } from "./verify-file";

const { code, text } = runVerify(process.argv[2]);
(code === 2 ? process.stderr : process.stdout).write(`${text}\n`);
process.exitCode = code;
