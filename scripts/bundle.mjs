// Bundles the entry points with every dependency inlined, so a fresh clone runs with no install.
import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { dockerfileAstPatch } from './patches/dockerfile-ast.mjs';

// The built-in kinds' validators (src/kubernetes/builtin-validators.generated.cjs, ~2.4 MB of code) are loaded only
// when a manifest is validated. Inside a chunk, V8 would pre-parse them at every start; as a file of their own
// (minified, written below) they are read only by a run that validates.
const prebuiltValidators = {
  name: 'prebuilt-validators',
  setup(b) {
    b.onResolve({ filter: /[\\/]builtin-validators\.generated\.cjs$/ }, () => ({ path: './kubernetes-validators.cjs', external: true }));
  },
};

// @actions/core imports its OIDC client at start, and with it @actions/http-client and undici: ≈ 800 KB to compile
// and evaluate on every run. shipshape never asks for an OIDC token, so the client is left out (getIDToken throws).
const noOidcClient = {
  name: 'no-oidc-client',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]/.test(args.importer) ? { path: args.path, namespace: 'no-oidc-client' } : undefined);
    b.onLoad({ filter: /.*/, namespace: 'no-oidc-client' }, () => ({
      contents: "export class OidcClient { static async getIDToken() { throw new Error('shipshape is bundled without the OIDC client'); } }",
      loader: 'js',
    }));
  },
};

// A worker lints Dockerfiles only, but the rule registry (src/rules/registry.ts, read for rule metadata) imports every
// rule list, and through the Kubernetes rules the schemas, ajv and the YAML parsers: ≈ 700 KB a worker would compile
// at every start for nothing. In the worker's bundle the Kubernetes and image rule lists are empty. Registry lookups
// stay the same for every id a Dockerfile rule can report (common and Dockerfile rules are registered first);
// test/perf/lint-pool.test.ts checks that the corpus report is the same with and without workers.
const dockerfileRulesOnly = {
  name: 'dockerfile-rules-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]rules[\\/](kubernetes|image)-rules\.ts$/ }, (args) => ({
      contents: `export const ${/kubernetes-rules/.test(args.path) ? 'kubernetesRules' : 'imageRules'} = [];`,
      loader: 'ts',
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);" },
  // dockerfile-ast builds each instruction twice and scans JSON eagerly: patched, see scripts/patches/dockerfile-ast.mjs.
  plugins: [prebuiltValidators, dockerfileAstPatch, noOidcClient],
};

// The two entry points, split into shared chunks: an entry evaluates only what it imports statically, and what it
// imports with import() (the engine behind a CLI run, the action's check) is read only when asked for, so `--version`
// and a pull request touching no checked file skip the engine, the schemas and the parsers. Chunks lie beside the
// entries, so `new URL('./lint-worker.js', import.meta.url)` finds the worker from any of them.
// Both builds are written below, only once both have succeeded: a failed build leaves the previous dist/ working.
const entries = await build({
  ...common,
  entryPoints: { cli: 'src/cli/bin.ts', index: 'src/action/bin.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunk-[hash]',
  write: false,
});
// The Dockerfile pool's worker thread (src/core/lint-pool.ts), loaded by both entry points from beside them. A file
// of its own, not chunks shared with them: it runs in its own isolate anyway, and shared chunks would carry what
// only the main thread needs (≈ 300 KB more to compile in every worker).
const worker = await build({ ...common, plugins: [...common.plugins, dockerfileRulesOnly], entryPoints: ['src/core/lint-worker.ts'], outfile: 'dist/lint-worker.js', write: false });
const validators = await build({ entryPoints: ['src/kubernetes/builtin-validators.generated.cjs'], outfile: 'dist/kubernetes-validators.cjs', platform: 'node', format: 'cjs', minify: true, legalComments: 'none', logLevel: 'warning', write: false });
const outputs = [...entries.outputFiles, ...worker.outputFiles, ...validators.outputFiles];
// Chunk names change with their content: the previous build's chunks go, or dist/ would keep growing.
mkdirSync('dist', { recursive: true });
const written = new Set(outputs.map((file) => basename(file.path)));
for (const name of readdirSync('dist')) if (/^chunk-[A-Z0-9]+\.js$/.test(name) && !written.has(name)) rmSync(join('dist', name));
for (const file of outputs) {
  writeFileSync(file.path, file.contents);
  // `#!/usr/bin/env node` entries (dist/cli.js, the package's bin) stay executable, as esbuild would leave them.
  if (file.text.startsWith('#!')) chmodSync(file.path, 0o755);
}
