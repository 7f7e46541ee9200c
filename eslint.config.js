// @ts-check
/**
 * Lint is here to keep the architecture, not to restyle the code. The boundary (DESIGN.md,
 * "Processes and folders") is enforced twice over:
 *  - `no-restricted-imports` per file group for packages and Node builtins (what may run where);
 *  - `boundary/project-paths`, a small local rule below, for imports between our own folders.
 *    It resolves a relative specifier against the importing file, because a pattern on the
 *    specifier text cannot tell `../main` (renderer/main.tsx) from `../../main/core`.
 * Beyond that: typescript-eslint's recommended set, with the rules that would need edits all
 * over the tree set to warn, plus no-floating-promises (type-aware, via the project service).
 */
import js from "@eslint/js";
import globals from "globals";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const CODE = ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"];
const TS = ["**/*.{ts,tsx,mts,cts}"];

// ---- Packages and builtins ------------------------------------------------------------------

const ELECTRON = {
  regex: "^electron(/.*)?$",
  message: "'electron' belongs to main/electron/** and preload/preload.ts only; the core and host run in plain Node.",
};
const NODE_BUILTINS = {
  regex: `^(node:.*|(${builtinModules.filter((m) => !m.startsWith("_")).join("|")})(/.*)?)$`,
  message: "No Node builtins here: this code also runs in the renderer (a browser page).",
};
const NODE_PACKAGES = {
  regex: "^(node-opcua(-[^/]+)?|better-sqlite3|ws|pino(-[^/]+)?|sonic-boom|tsx)(/.*)?$",
  message: "Node-only package: the renderer and the contract reach the core only through contract/ methods.",
};
const CONTRACT_ONLY_ZOD = {
  regex: "^(?!(zod(/.*)?|\\.{1,2}(/.*)?)$)",
  message: "contract/ imports nothing but zod and its own files: the core, the preload and the renderer all load it.",
};

// ---- Our own folders ------------------------------------------------------------------------

/**
 * Who may import which of our folders. `only`: every project import must land in one of these;
 * `never`: none may land in these. Paths are relative to the repository root.
 */
const FOLDER_POLICY = [
  { files: "contract", only: ["contract"], why: "contract/ imports nothing but zod and itself" },
  {
    files: "renderer",
    except: ["renderer/vite.config.ts"], // the build config runs in Node, it is not the page
    only: ["renderer", "contract", "resources"],
    why: "the renderer reaches the core only through contract/",
  },
  { files: "preload", only: ["preload", "contract"], why: "the preload is only the bridge to contract/" },
  {
    files: "main/core",
    never: ["main/host", "main/electron", "preload", "renderer"],
    why: "the core is plain Node and knows nothing of the shells around it",
  },
];

/** The simulator is a field network, started by composition roots; services never reach for it. */
const SIMULATOR = "main/simulator";
const SIMULATOR_IMPORTERS = [
  "main/simulator",
  "main/core/boot.ts",
  "main/host/cli.ts",
  "main/electron/core-process.ts",
  "test",
];

const inside = (p, dir) => p === dir || p.startsWith(`${dir}/`);
/** `../x` resolved from `dir`, repo-relative, with `.ts`-less imports matching their folder too. */
const resolveFromRepo = (fromFile, spec) =>
  path.relative(ROOT, path.resolve(path.dirname(fromFile), spec.replace(/\?.*$/, ""))).split(path.sep).join("/");

/** @type {import("eslint").Rule.RuleModule} */
const projectPaths = {
  meta: {
    type: "problem",
    docs: { description: "Imports between our own folders follow DESIGN.md's process boundary." },
    schema: [],
  },
  create(context) {
    const file = path.relative(ROOT, context.filename).split(path.sep).join("/");
    if (file.startsWith("..")) return {}; // linted text outside the repository: nothing to say
    const policy = FOLDER_POLICY.find((p) => inside(file, p.files) && !(p.except ?? []).includes(file));
    const mayUseSimulator = SIMULATOR_IMPORTERS.some((d) => inside(file, d));

    /** @param {import("estree").Node | null | undefined} source */
    function check(source) {
      if (!source || source.type !== "Literal" || typeof source.value !== "string") return;
      const spec = source.value;
      if (!spec.startsWith(".") && !spec.startsWith("/")) return; // packages: no-restricted-imports
      const target = resolveFromRepo(context.filename, spec);
      const report = (why) => context.report({ node: source, message: `'${spec}' resolves to ${target}: ${why}.` });
      if (inside(target, SIMULATOR) && !mayUseSimulator) {
        return report("the simulator is imported only by composition roots (boot, CLIs, core-process) and tests");
      }
      if (!policy) return;
      if (policy.only && !policy.only.some((d) => inside(target, d))) return report(policy.why);
      if (policy.never?.some((d) => inside(target, d))) return report(policy.why);
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      CallExpression(node) {
        if (node.callee.type === "Identifier" && node.callee.name === "require") check(/** @type {any} */ (node.arguments[0]));
      },
      // `import x = require("...")` and `typeof import("...")` carry a boundary too.
      /** @param {any} node */
      TSExternalModuleReference: (node) => check(node.expression),
      /** @param {any} node */
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
    };
  },
};

// ---- The config -----------------------------------------------------------------------------

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      ".electron-native/",
      ".data/",
      ".simulator-pki/",
    ],
  },
  { files: CODE, ...js.configs.recommended },
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: c.files ?? CODE })),
  {
    files: CODE,
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: "warn" },
    plugins: { boundary: { rules: { "project-paths": projectPaths } } },
    rules: {
      "boundary/project-paths": "error",
      "no-restricted-imports": ["error", { patterns: [ELECTRON] }],
      // Rules that would mean edits across the tree for no behaviour: visible, not blocking.
      "@typescript-eslint/no-explicit-any": "warn",
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-empty-function": "off",
      "no-empty": ["warn", { allowEmptyCatch: true }],
      "no-control-regex": "off", // control characters are matched on purpose (bidi, wire text)
    },
  },
  {
    // A promise nobody awaits or catches is a lost error in a control room: the one type-aware rule.
    files: TS,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
    rules: { "@typescript-eslint/no-floating-promises": "error" },
  },
  {
    files: ["renderer/**"],
    ignores: ["renderer/vite.config.ts"],
    languageOptions: { globals: { ...globals.browser } },
    rules: { "no-restricted-imports": ["error", { paths: [], patterns: [ELECTRON, NODE_BUILTINS, NODE_PACKAGES] }] },
  },
  {
    files: ["contract/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [CONTRACT_ONLY_ZOD] }] },
  },
  {
    // Where Electron lives. main/electron's plain-function modules may import it too; their
    // Node tests keep them honest about not needing it.
    files: ["main/electron/**", "preload/preload.ts", "test/electron/**"],
    rules: { "no-restricted-imports": "off" },
  },
);
