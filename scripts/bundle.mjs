// Bundles the entry points with every dependency inlined, so a fresh clone runs with no install.
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import { dockerfileAstPatch } from './patches/dockerfile-ast.mjs';

// The Kubernetes schemas (~280 KB, src/kubernetes/schema.ts) are read only when a manifest is validated. As an
// object literal, V8 would still pre-parse them at every start; as a string handed to JSON.parse it only scans it.
const lazySchemas = {
  name: 'lazy-schemas',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]data[\\/]kubernetes-schemas\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
      loader: 'js',
    }));
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
  plugins: [lazySchemas, dockerfileAstPatch, noOidcClient],
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
const outputs = [...entries.outputFiles, ...worker.outputFiles];
// Chunk names change with their content: the previous build's chunks go, or dist/ would keep growing.
mkdirSync('dist', { recursive: true });
const written = new Set(outputs.map((file) => basename(file.path)));
for (const name of readdirSync('dist')) if (/^chunk-[A-Z0-9]+\.js$/.test(name) && !written.has(name)) rmSync(join('dist', name));
for (const file of outputs) {
  writeFileSync(file.path, file.contents);
  // `#!/usr/bin/env node` entries (dist/cli.js, the package's bin) stay executable, as esbuild would leave them.
  if (file.text.startsWith('#!')) chmodSync(file.path, 0o755);
}
