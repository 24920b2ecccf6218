/**
 * Heavy CommonJS dependencies that most runs never call, evaluated on first use instead of at every start: `yaml`
 * (config files, Chart.yaml, Kustomize origins, manifests js-yaml rejects) and `ajv` (the schema checks of manifests).
 * Imported, the bundle would evaluate both at start, ≈ 30 ms of a Dockerfile-only run.
 *
 * The literal require() calls let esbuild bundle them into dist/ (evaluated when first called); unbundled ESM
 * (vitest, tsx) has no require, so one is made.
 */
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
type AjvModule = typeof import('ajv');

let yaml: YamlModule | null = null;
let ajv: AjvModule | null = null;

export function yamlLibrary(): YamlModule {
  return (yaml ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as YamlModule);
}

export function ajvLibrary(): AjvModule {
  return (ajv ??= (typeof require === 'function' ? require('ajv') : createRequire(import.meta.url)('ajv')) as AjvModule);
}
