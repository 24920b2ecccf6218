// The parse floor: read and parse every corpus file with the parsers the engine uses, and nothing else — dockerfile-ast
// for Dockerfiles; js-yaml (YAML 1.1 without timestamps, as src/kubernetes/read-fast.ts) for manifests, and `yaml` only
// for text js-yaml rejects (src/kubernetes/read-recover.ts; 5 of the 416 corpus manifests). No positions, no rules.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { loadAll, Schema, YAML11_SCHEMA } from 'js-yaml';
import { parseAllDocuments } from 'yaml';

const SCHEMA = new Schema(YAML11_SCHEMA.tags.filter((t) => t.tagName !== 'tag:yaml.org,2002:timestamp'));
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
let parsed = 0;
let recovered = 0;
for (const path of files) {
  const text = readFileSync(path, 'utf8');
  if (/\.(ya?ml|json)$/.test(path)) {
    try {
      loadAll(text, { schema: SCHEMA });
    } catch {
      parseAllDocuments(text, { version: '1.1', merge: true, uniqueKeys: true });
      recovered++;
    }
  } else DockerfileParser.parse(text);
  parsed++;
}
process.stdout.write(`${parsed} files (${recovered} re-read by yaml)\n`);
