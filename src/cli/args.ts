/** Command-line flags → options; usage errors are thrown as UsageError (exit code 2). */
import { parseArgs } from 'node:util';
import type { Severity } from '../core/types.js';

export type Format = 'text' | 'json' | 'sarif';

export interface CliOptions {
  paths: string[];
  format: Format;
  failOn: Severity | 'none';
  config?: string;
  output?: string;
  colour: boolean;
  help: boolean;
  version: boolean;
  options: Record<string, unknown>;
}

export class UsageError extends Error {}

export const USAGE = `Usage: shipshape [options] <paths...>

Lints Dockerfiles and Kubernetes manifests against container-design practice.

Options:
  -f, --format <text|json|sarif>   report format (default: text)
  -o, --output <file>              write the report to a file instead of stdout
      --fail-on <error|warning|info|none>
                                   exit 1 when a finding at or above this severity exists (default: error)
  -c, --config <file>              use this config file instead of discovering .shipshape.yml files
      --kubernetes-version <x.y>   Kubernetes version for removed/deprecated API checks
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
        'fail-on': { type: 'string', default: 'error' },
        config: { type: 'string', short: 'c' },
        'kubernetes-version': { type: 'string' },
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
  const failOn = values['fail-on'] as string;
  if (!['error', 'warning', 'info', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, info or none, not '${failOn}'`);
  const options: Record<string, unknown> = {};
  if (values['kubernetes-version']) options['kubernetes-version'] = values['kubernetes-version'];
  const noColour = values['no-color'] || 'NO_COLOR' in process.env;
  return {
    paths: positionals,
    format: format as Format,
    failOn: failOn as Severity | 'none',
    config: values.config,
    output: values.output,
    colour: isTty && !noColour && format === 'text' && !values.output,
    help: values.help as boolean,
    version: values.version as boolean,
    options,
  };
}
