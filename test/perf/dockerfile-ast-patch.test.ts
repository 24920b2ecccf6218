/**
 * The bundle's dockerfile-ast is patched for speed (scripts/patches/dockerfile-ast.mjs); these tests hold it to the
 * unpatched package: the same nodes, ranges, arguments, flags, heredocs, JSON strings, properties and comments for
 * every corpus Dockerfile and for seeded mutations of them aimed at what the patch touches (`<<`, JSON forms,
 * continuations, comments inside instructions).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script, no types
import { PATCHED_FILES, patchDockerfileAst } from '../../scripts/patches/dockerfile-ast.mjs';
import { pick, seededRandom } from '../helpers/random.js';
import { tree } from '../helpers/tmp.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dockerfiles');
const requireHere = createRequire(join(ROOT, 'package.json'));

type Parser = { parse(text: string): any };
const original: Parser = requireHere('dockerfile-ast').DockerfileParser;

/** The package copied beside its dependencies, with the patch applied, as the bundle gets it. */
function patchedParser(): Parser {
  const dir = tree({});
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  const source = join(ROOT, 'node_modules', 'dockerfile-ast');
  cpSync(source, join(modules, 'dockerfile-ast'), { recursive: true });
  for (const name of PATCHED_FILES as string[]) {
    const path = join(modules, 'dockerfile-ast', 'lib', name);
    writeFileSync(path, patchDockerfileAst(name, readFileSync(path, 'utf8')));
  }
  for (const dep of ['vscode-languageserver-types', 'vscode-languageserver-textdocument']) {
    symlinkSync(join(ROOT, 'node_modules', dep), join(modules, dep));
  }
  return createRequire(join(dir, 'index.js'))('dockerfile-ast').DockerfileParser;
}

const range = (r: any) => (r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : null);
const call = (node: any, method: string) => (typeof node[method] === 'function' ? node[method]() : undefined);

/** Everything a caller can read off an instruction, as plain data. */
function describeInstruction(node: any): unknown {
  return {
    keyword: node.getKeyword(), instruction: node.getInstruction(), range: range(node.getRange()),
    args: node.getArguments().map((a: any) => [a.getValue(), range(a.getRange())]),
    raw: node.getRawArgumentsContent(), content: node.getArgumentsContent(),
    flags: call(node, 'getFlags')?.map((f: any) => [f.getName(), f.getValue(), range(f.getRange())]),
    heredocs: call(node, 'getHeredocs')?.map((h: any) => [h.getName(), range(h.getContentRange()), range(h.getDelimiterRange())]),
    json: call(node, 'getJSONStrings')?.map((s: any) => [s.getValue(), s.getJSONValue?.(), range(s.getRange())]),
    brackets: [range(call(node, 'getOpeningBracket')?.getRange()), range(call(node, 'getClosingBracket')?.getRange())],
    properties: call(node, 'getProperties')?.map((p: any) => [p.getName(), p.getValue(), range(p.getRange())]),
    trigger: node.getKeyword() === 'ONBUILD' && node.getTriggerInstruction() ? describeInstruction(node.getTriggerInstruction()) : null,
    variables: node.getVariables().map((v: any) => [v.getName(), range(v.getRange())]),
  };
}

function describeDocument(parser: Parser, text: string): unknown {
  const doc = parser.parse(text);
  return {
    escape: doc.getEscapeCharacter(),
    directives: doc.getDirectives().map((d: any) => [d.getName(), d.getValue()]),
    comments: doc.getComments().map((c: any) => [c.getContent(), range(c.getRange())]),
    // Which comments each stage holds (the patch builds the stages' ranges once).
    stageComments: [doc.initialInstructions, ...doc.buildStages].map((s: any) => s.getComments().map((c: any) => range(c.getRange()))),
    instructions: doc.getInstructions().map(describeInstruction),
  };
}

const files: string[] = [];
const walk = (dir: string) => readdirSync(dir).forEach((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : files.push(join(dir, n))));
walk(CORPUS);

/** Lines that put `<<`, JSON forms, continuations and comments where the two parser passes could disagree. */
const SNIPPETS = [
  'RUN <<EOF\necho a\nEOF', 'RUN cat <<-"END" > /x\n\tbody\n\tEND', 'COPY <<A <<B /dst/\na\nA\nb\nB', 'RUN echo "<<" && x << y',
  'RUN a \\\n  <<EOF\nz\nEOF', 'CMD ["a", "b"]', 'CMD [ "a" , \'b\' ]', 'ENTRYPOINT []', 'SHELL ["/bin/sh", "-c"]', 'CMD [',
  'VOLUME ["/a", "/b"]', 'RUN ["sh", "-c", "echo \\"x\\""]', 'RUN a \\\n# comment inside\n  b', 'ONBUILD RUN <<EOF\nx\nEOF',
  'ONBUILD CMD ["x"]', 'ADD --chown=1:1 ["a b", "/c"]', 'HEALTHCHECK CMD ["curl", "-f", "x"]', 'RUN a \\', '<<', 'RUN <<',
];

describe('the bundled dockerfile-ast patch', () => {
  const patched = patchedParser();

  it('parses every corpus Dockerfile exactly as the unpatched package does', () => {
    expect(files.length).toBe(358);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(describeDocument(patched, text), file).toEqual(describeDocument(original, text));
    }
  });

  it('and every seeded mutation aimed at heredocs, JSON forms and continuations', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 7);
    const random = seededRandom(seed);
    for (let i = 0; i < 300; i++) {
      const file = pick(random, files);
      const lines = readFileSync(file, 'utf8').split('\n');
      for (let k = 0; k < 1 + random() * 6; k++) lines.splice(Math.floor(random() * lines.length), 0, pick(random, SNIPPETS));
      const text = random() < 0.3 ? lines.join('\r\n') : lines.join('\n');
      expect(describeDocument(patched, text), `case ${i} of seed ${seed} (${file})`).toEqual(describeDocument(original, text));
    }
  });

  it('refuses to patch text it does not recognise, rather than ship a half-patched parser', () => {
    expect(() => patchDockerfileAst('parser.js', 'class Parser {}')).toThrow(/no longer holds the expected text/);
  });
});
