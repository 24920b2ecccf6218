/** Where a CLI run's report goes: stdout, or the --output file. */
import { writeFileSync } from 'node:fs';

/** Writes the report; a file that cannot be written says why in one line (exit 2), not as a crash with a stack. */
export function writeReport(text: string, output: string | undefined, command = 'shipshape'): boolean {
  if (!output) {
    process.stdout.write(text);
    return true;
  }
  try {
    writeFileSync(output, text);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`${command}: cannot write the report to ${output} (${code ?? (error as Error).message})\n`);
    return false;
  }
}
