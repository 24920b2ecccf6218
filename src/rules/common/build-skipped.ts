import { engineRule } from '../define.js';

export default engineRule({
  id: 'build-skipped',
  aliases: [],
  severity: 'info',
  category: 'reliability',
  title: 'Image build skipped',
  docs: {
    why: 'Building needs a Docker engine; when none answers (no daemon, no permission on the socket) the images are not measured, and one note says so instead of failing the run.',
    fix: 'Start the engine (`dockerd`, Docker Desktop) or give the runner access to it, or drop `--build`.',
    bad: 'shipshape --build .   # with no Docker engine reachable',
    good: 'shipshape --build .   # with `docker info` answering',
  },
}, 'image');
