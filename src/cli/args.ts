/** Command-line flags → options; usage errors are thrown as UsageError (exit code 2). */
import { parseArgs } from 'node:util';
import { isFailOn, type Severity } from '../core/types.js';
import { parseMinorVersion } from '../kubernetes/api-versions.js';
import { parseShard, ShardError, type Shard } from '../core/shard.js';

export type Format = 'text' | 'json' | 'sarif';

export interface CliOptions {
  paths: string[];
  format: Format;
  failOn: Severity | 'none';
  /** False when --fail-on was not given: the config's `fail-on` (hadolint's failure-threshold) then decides. */
  failOnGiven?: boolean;
  config?: string;
  output?: string;
  colour: boolean;
  help: boolean;
  version: boolean;
  options: Record<string, unknown>;
  /** `--build` and its companions; null without --build. */
  build: { compareBase: string | null; builder: 'auto' | 'buildx' | 'buildkit' | 'classic'; network: string | null; keepImages: boolean } | null;
  /** `--shard i/n`: report only this shard's files (docs/sharding.md). */
  shard?: Shard;
}

export class UsageError extends Error {}

export const USAGE = `Usage: shipshape [options] <paths...>
       shipshape merge [--format …] [--output …] [--fail-on …] <report.json...>

Lints Dockerfiles and Kubernetes manifests against container-design practice.

Options:
  -f, --format <text|json|sarif>   report format (default: text)
  -o, --output <file>              write the report to a file instead of stdout
      --fail-on <error|warning|info|none>
                                   exit 1 when a finding at or above this severity exists
                                   (default: the fail-on of the config found from the
                                   working directory, or its .hadolint.yaml
                                   failure-threshold, else error)
  -c, --config <file>              use this config file instead of discovering .shipshape.yml files
      --kubernetes-version <x.y>   Kubernetes version for removed/deprecated API checks
      --build                      build each Dockerfile (Docker engine needed) and measure the image:
                                   layer sizes on their lines, waste, image checks (build log on stderr)
      --compare-base <ref>         with --build: also build at this git ref and report the size delta
      --builder <auto|buildx|buildkit|classic>
                                   with --build: which builder (default: auto)
      --build-network <name>       with --build: docker build --network (e.g. none)
      --keep-images                with --build: keep the images built for measuring (tagged
                                   shipshape-local/…); removed by default
      --shard <i/n>                lint all files but report only shard i of n (by a hash of each path);
                                   combine the n JSON reports with \`shipshape merge\` (docs/sharding.md)
      --no-color                   plain text even on a terminal
  -h, --help                       show this help
  -v, --version                    print the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.
`;

export function parseCli(argv: string[], isTty: boolean): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string', short: 'c' },
        'kubernetes-version': { type: 'string' },
        build: { type: 'boolean', default: false },
        'compare-base': { type: 'string' },
        builder: { type: 'string', default: 'auto' },
        'build-network': { type: 'string' },
        'keep-images': { type: 'boolean', default: false },
        shard: { type: 'string' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const format = values.format as string;
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  const failOn = (values['fail-on'] as string | undefined) ?? 'error';
  if (!isFailOn(failOn)) throw new UsageError(`--fail-on must be error, warning, info or none, not '${failOn}'`);
  const options: Record<string, unknown> = {};
  if (values['kubernetes-version']) {
    if (!parseMinorVersion(values['kubernetes-version'] as string)) throw new UsageError(`--kubernetes-version must be a version such as 1.34, not '${values['kubernetes-version']}'`);
    options['kubernetes-version'] = values['kubernetes-version'];
  }
  const builder = values.builder as string;
  if (!['auto', 'buildx', 'buildkit', 'classic'].includes(builder)) throw new UsageError(`--builder must be auto, buildx, buildkit or classic, not '${builder}'`);
  if (!values.build && (values['compare-base'] || values['build-network'] || values['keep-images'])) throw new UsageError('--compare-base, --build-network and --keep-images need --build');
  let shard: Shard | undefined;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard as string);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(`--${error.message}`);
    throw error;
  }
  const noColour = values['no-color'] || 'NO_COLOR' in process.env;
  return {
    paths: positionals,
    format: format as Format,
    failOn,
    failOnGiven: values['fail-on'] !== undefined,
    config: values.config,
    output: values.output,
    colour: isTty && !noColour && format === 'text' && !values.output,
    help: values.help as boolean,
    version: values.version as boolean,
    options,
    build: values.build
      ? {
        compareBase: (values['compare-base'] as string | undefined) ?? null, builder: builder as 'auto', network: (values['build-network'] as string | undefined) ?? null,
        keepImages: values['keep-images'] as boolean,
      }
      : null,
    ...(shard ? { shard } : {}),
  };
}
