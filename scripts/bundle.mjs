// Bundles the two entry points with every dependency inlined, so a fresh clone runs with no install.
import { readFileSync } from 'node:fs';
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
  plugins: [lazySchemas, dockerfileAstPatch],
};

await build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/action/bin.ts'], outfile: 'dist/index.js' });
