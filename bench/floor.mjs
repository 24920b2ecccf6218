// The parse floor: read and parse every corpus file with the engine's parsers, and nothing else.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { parseAllDocuments } from 'yaml';

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
let parsed = 0;
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  if (/\.(ya?ml|json)$/.test(path)) parseAllDocuments(text);
  else DockerfileParser.parse(text);
  parsed++;
}
process.stdout.write(`${parsed} files\n`);
