/** `shipshape merge <report.json...>`: the JSON reports of a sharded matrix → one report, one exit code. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { atOrAbove, isFailOn } from '../core/types.js';
import { mergeReports, MergeError, parseReport } from '../report/merge.js';
import { renderReport } from '../report/render.js';
import { USAGE } from './args.js';
import { writeReport } from './output.js';

export async function mergeMain(argv: string[]): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'text' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string', default: 'error' },
        'no-color': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const format = values.format as string;
  const failOn = values['fail-on'] as string;
  if (format !== 'text' && format !== 'json' && format !== 'sarif') return usage(`--format must be text, json or sarif, not '${format}'`);
  if (!isFailOn(failOn)) return usage(`--fail-on must be error, warning, info or none, not '${failOn}'`);
  if (positionals.length === 0) return usage('merge needs the JSON reports to combine');
  let report;
  try {
    report = mergeReports(positionals.map((path) => ({ name: path, report: parseReport(readText(path), path) })));
  } catch (error) {
    if (!(error instanceof MergeError)) throw error;
    process.stderr.write(`shipshape merge: ${error.message}\n`);
    return 2;
  }
  const colour = Boolean(process.stdout.isTTY) && !values['no-color'] && !('NO_COLOR' in process.env) && format === 'text' && !values.output;
  const text = renderReport(report, format, colour);
  if (!writeReport(text, values.output as string | undefined, 'shipshape merge')) return 2;
  return report.findings.some((f) => atOrAbove(f.severity, failOn)) ? 1 : 0;
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new MergeError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

function usage(message: string): number {
  process.stderr.write(`shipshape merge: ${message}\n\n${USAGE}`);
  return 2;
}
