import { engineRule } from '../define.js';

export default engineRule({
  id: 'build-failed',
  aliases: [],
  severity: 'error',
  category: 'reliability',
  title: 'Image build failed',
  docs: {
    why: 'With `--build` (or the action\'s build input) each Dockerfile is built to measure its image; a build that fails here fails in CI and at release too. The finding sits on the failing instruction when the build log names it (BuildKit\'s `Dockerfile:7`, the classic builder\'s `Step 6/9`).',
    fix: 'Read the quoted error and the build log; rebuild locally with `docker build` to reproduce it.',
    bad: 'RUN make install   # exit code 2',
    good: 'RUN make && make install',
  },
}, 'image');
