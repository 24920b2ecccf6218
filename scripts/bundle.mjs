// Bundles the two entry points with every dependency inlined, so a fresh clone runs with no install.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);" },
};

await build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js' });
await build({ ...common, entryPoints: ['src/action/bin.ts'], outfile: 'dist/index.js' });
