import { dockerfileRule } from '../define.js';
import { commandLine, hasOption } from '../../dockerfile/commands.js';
import { basename, fromReferences, runArgvs } from '../../dockerfile/queries.js';
import { stripQuotes } from '../../dockerfile/words.js';
import type { Instruction, ShellCommand } from '../../dockerfile/model.js';

// ADD unpacks local tar archives (plain, gzip, bzip2, xz) by itself; zip it does not, so unzip is not ADD's job.
const TAR_ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;

function extracts(command: ShellCommand): string[] {
  const line = commandLine(command);
  if (line.program !== 'tar') return [];
  // `tar -xzf a.tgz`, `tar --extract -f a.tgz`, or the old `tar xzf a.tgz`.
  const old = /^[A-Za-z]*x[A-Za-z]*$/.test(line.operands[0] ?? '') && !(line.operands[0] ?? '').includes('.');
  if (!hasOption(line, 'x', 'extract', 'get') && !old) return [];
  return [...(line.values.get('f') ?? []), ...(line.values.get('file') ?? []), ...line.operands].map((w) => basename(stripQuotes(w)));
}

export default dockerfileRule({
  meta: {
    id: 'archive-copied-then-extracted',
    aliases: ['DL3010'],
    severity: 'info',
    category: 'efficiency',
    title: 'Archive copied, then extracted in a RUN',
    docs: {
      why: 'COPY of an archive followed by `tar -x` stores the archive in one layer and its contents in the next; ADD unpacks a local tar archive in a single layer.',
      fix: 'Use `ADD app.tar.gz /opt/` for local tar archives (ADD does not unpack zip files or remote URLs).',
      bad: 'FROM debian:12-slim\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt',
      good: 'FROM debian:12-slim\nADD app.tar.gz /opt/',
    },
    differs: 'Only tar archives and `tar -x` count: ADD does not unpack zip, so copying a zip for `unzip` is not flagged as hadolint does. The finding is on the COPY, with the whole instruction\'s lines.',
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      const copied = new Map<string, Instruction>();
      const hits = new Set<Instruction>();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY' && !fromReferences(instruction).length && instruction.words.length >= 2) {
          const target = stripQuotes(instruction.words[instruction.words.length - 1]);
          const names = TAR_ARCHIVE.test(target) ? [target] : instruction.words.slice(0, -1).map(stripQuotes).filter((s) => TAR_ARCHIVE.test(s));
          for (const name of names) copied.set(basename(name), instruction);
        } else if (instruction.keyword === 'RUN' && copied.size) {
          for (const command of runArgvs(instruction)) for (const name of extracts(command)) if (copied.has(name)) hits.add(copied.get(name) as Instruction);
        }
      }
      return [...hits].map((i) => ({ line: i.line, endLine: i.endLine, message: 'This archive is extracted by a later RUN; `ADD` unpacks local tar archives in one layer' }));
    });
  },
});
