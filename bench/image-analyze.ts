// The image analysis alone, for bench/image.mjs: `docker save` streamed through the reader, history mapped to the
// Dockerfile, layers stacked, waste computed. Prints one JSON line; peak RSS comes from GNU time around it.
import { readFileSync } from 'node:fs';
import { parseDockerfile } from '../src/dockerfile/parse.js';
import { analyzeImage } from '../src/image/analyze.js';

const [tag, dockerfile, mode = 'full'] = process.argv.slice(2);
const { model } = parseDockerfile(dockerfile, readFileSync(dockerfile, 'utf8'));
const analysis = await analyzeImage({ bin: 'docker' }, tag, model, model.finalStage!, { estimateCompression: mode !== 'no-gzip' });
const { sizeBytes, compressedBytes, layers, efficiency } = analysis.report;
process.stdout.write(JSON.stringify({ sizeBytes, compressedBytes, layers: layers.length, efficiency, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
