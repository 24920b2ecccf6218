import { dockerfileRule } from '../define.js';
import table from '../../data/add-auto-extract.json' with { type: 'json' };
import { copyPaths, expand, isRemoteSource, variablesBefore } from '../../dockerfile/stage-values.js';

/** ADD unpacks local tar archives: the one local job COPY cannot do. */
function isArchive(source: string): boolean {
  return table.extensions.some((ext) => source.endsWith(ext));
}

export default dockerfileRule({
  meta: {
    id: 'add-instead-of-copy',
    aliases: ['DL3020', 'DS-0005', 'CKV_DOCKER_4'],
    severity: 'error',
    category: 'maintainability',
    title: 'ADD used for local files',
    docs: {
      why: 'ADD also fetches URLs and unpacks archives, so a reader cannot tell what it will do with a local path; COPY only copies. Silent for URLs and for local tar archives, which ADD unpacks (a `.zip` is not unpacked, so it is reported).',
      fix: 'Use COPY for local files and directories; keep ADD for a tar archive you want unpacked.',
      bad: 'ADD requirements.txt /app/',
      good: 'COPY requirements.txt /app/',
    },
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions
        .filter((i) => i.keyword === 'ADD')
        .flatMap((i) => {
          const paths = copyPaths(i);
          if (!paths) return [];
          const vars = variablesBefore(model, stage, i);
          // A source whose variable we cannot resolve might be a URL: say nothing about it.
          const local = paths.sources.map((s) => expand(s, vars)).find((s) => s !== null && s !== '' && !isRemoteSource(s) && !isArchive(s));
          if (!local) return [];
          return [{ line: i.line, endLine: i.endLine, message: `ADD of the local path ${local}: use COPY, which only copies (ADD also fetches URLs and unpacks archives)` }];
        }),
    );
  },
});
