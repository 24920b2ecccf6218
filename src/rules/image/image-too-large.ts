import { imageRule } from '../define.js';
import { imageAnchor } from '../../image/facts.js';
import { formatBytes, parseBytes } from '../../image/units.js';

/** 1 GB: past this, pulls dominate pod start-up on a cold node. */
const DEFAULT_MAX = 1e9;

export default imageRule({
  meta: {
    id: 'image-too-large',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'Image larger than max-image-size',
    docs: {
      why: 'Every node that schedules the pod pulls the image first: a large image slows scale-out, rollouts and recovery, and costs registry egress. Threshold: option `max-image-size` (default 1GB; `500MB`, `1.5GiB` or bytes).',
      fix: 'Use a slimmer base, build in a separate stage and copy only the artefacts into the final one, and clean package caches in the RUN that made them. The layer notes (`layer-size`) show which lines weigh most.',
      bad: 'FROM python:3.12\nCOPY . /app\nRUN pip install -r /app/requirements.txt',
      good: 'FROM python:3.12-slim\nCOPY requirements.txt /app/\nRUN pip install --no-cache-dir -r /app/requirements.txt\nCOPY . /app',
    },
  },
  check(facts, options) {
    const max = parseBytes(options['max-image-size']) ?? DEFAULT_MAX;
    const size = facts.report.sizeBytes;
    if (size <= max) return [];
    return [{ ...imageAnchor(facts), message: `The image is ${formatBytes(size)} (${formatBytes(facts.report.compressedBytes)} compressed), over max-image-size ${formatBytes(max)}` }];
  },
});
