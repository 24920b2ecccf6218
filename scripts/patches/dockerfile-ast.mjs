// Three edits to dockerfile-ast 0.7.x, applied when the bundle is built (scripts/bundle.mjs) and checked against the
// unpatched package by test/perf/dockerfile-ast-patch.test.ts. Together they make its parse of the corpus's 358
// Dockerfiles about five times faster (≈400 → 80 ms) without changing one node it returns:
//
// 1. parser.js builds every instruction twice: once in processArguments, only to look for heredocs (`<<`) among its
//    arguments, and once for real. An instruction whose text holds no `<<` has no heredoc, so the first build is
//    skipped for it. Where the next `<<` is, is found once per scan forward, never per instruction.
// 2. jsonInstruction.js scans the arguments of every CMD, ENTRYPOINT, RUN, SHELL, COPY, ADD and VOLUME for a JSON
//    array in its constructor, re-reading them through the document several times; shipshape never asks. The scan
//    now runs on the first call of getOpeningBracket/getJSONStrings/getClosingBracket, the only readers of its result.
// 3. dockerfile.js hands each comment to its build stage by testing it against every stage's range, and built that
//    range afresh for every comment and stage (a Range object each time). The ranges depend only on the stages'
//    instructions, which no longer change: they are now built once per parse.
//
// Each edit names the exact upstream text it replaces: a new dockerfile-ast that changed it fails the build here,
// instead of shipping an unpatched (slow) or half-patched (wrong) parser.

const EDITS = {
  'dockerfile.js': [
    [
      `        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (const buildStage of this.buildStages) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                        buildStage.addComment(comments[i]);
                    }
                }
            }
        }`,
      `        const comments = this.getComments();
        // shipshape patch: each stage's range once, not once per comment.
        const initialRange = this.initialInstructions.getRange();
        const stageRanges = this.buildStages.map((buildStage) => buildStage.getRange());
        for (let i = 0; i < comments.length; i++) {
            if (util_1.Util.isInsideRange(comments[i].getRange().end, initialRange)) {
                this.initialInstructions.addComment(comments[i]);
            }
            else {
                for (let s = 0; s < stageRanges.length; s++) {
                    if (util_1.Util.isInsideRange(comments[i].getRange().start, stageRanges[s])) {
                        this.buildStages[s].addComment(comments[i]);
                    }
                }
            }
        }`,
    ],
  ],
  'parser.js': [
    [
      `    parse(buffer) {
        this.document`,
      `    parse(buffer) {
        this.heredocAt = undefined;
        this.document`,
    ],
    [
      `                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);`,
      `                    // shipshape patch: no \`<<\` in the instruction's text, no heredoc: do not build it twice.
                    if (this.heredocAt === undefined || (this.heredocAt !== -1 && this.heredocAt < start)) {
                        this.heredocAt = this.buffer.indexOf('<<', start);
                    }
                    if (this.heredocAt === -1 || this.heredocAt >= i) {
                        return i;
                    }
                    return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);`,
    ],
  ],
  'jsonInstruction.js': [
    [
      `        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();`,
      `        this.jsonStrings = [];
        // shipshape patch: the JSON scan below runs on first use, not at construction.
        this.jsonParsed = false;
    }
    parseJSON() {
        if (this.jsonParsed) {
            return;
        }
        this.jsonParsed = true;
        const document = this.document;
        const argsContent = this.getRawArgumentsContent();`,
    ],
    ['    getOpeningBracket() {\n', '    getOpeningBracket() {\n        this.parseJSON();\n'],
    ['    getJSONStrings() {\n', '    getJSONStrings() {\n        this.parseJSON();\n'],
    ['    getClosingBracket() {\n', '    getClosingBracket() {\n        this.parseJSON();\n'],
  ],
};

/** The files of dockerfile-ast/lib this patch edits, by base name. */
export const PATCHED_FILES = Object.keys(EDITS);

/** The patched text of `lib/<name>`, or the text unchanged for a file the patch does not touch. */
export function patchDockerfileAst(name, source) {
  const edits = EDITS[name];
  if (!edits) return source;
  let text = source;
  for (const [before, after] of edits) {
    const at = text.indexOf(before);
    if (at < 0 || text.indexOf(before, at + 1) >= 0) {
      throw new Error(`dockerfile-ast patch: lib/${name} no longer holds the expected text exactly once:\n${before}`);
    }
    text = text.slice(0, at) + after + text.slice(at + before.length);
  }
  return text;
}

/** An esbuild plugin applying the patch to the bundled dockerfile-ast. */
export const dockerfileAstPatch = {
  name: 'dockerfile-ast-patch',
  setup(build) {
    build.onLoad({ filter: /[\\/]dockerfile-ast[\\/]lib[\\/](?:parser|jsonInstruction|dockerfile)\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const { basename } = await import('node:path');
      return { contents: patchDockerfileAst(basename(args.path), await readFile(args.path, 'utf8')), loader: 'js' };
    });
  },
};
