import { dockerfileRule } from '../define.js';
import { variablesBefore } from '../../dockerfile/stage-values.js';
import { keyValues } from '../../dockerfile/words.js';
import { memoize } from '../../core/memo.js';

// One pattern per name, not one per (name, value) pair of every ENV.
const patternFor = memoize((name) => new RegExp(`\\$(?:\\{${name}(?=[}:+\\-?])|${name}(?![A-Za-z0-9_]))`), 1000);

/** `$NAME` or `${NAME…}` in text, not `$NAMEMORE`. */
function references(text: string, name: string): boolean {
  return patternFor(name).test(text);
}

export default dockerfileRule({
  meta: {
    id: 'env-self-reference',
    aliases: ['DL3044'],
    severity: 'error',
    category: 'reliability',
    title: 'ENV refers to a variable it defines itself',
    docs: {
      why: 'In `ENV A=1 B=$A`, `$A` is substituted with the value before this instruction — here none — so B is empty, not 1.',
      fix: 'Split the instruction: `ENV A=1` then `ENV B=$A`.',
      bad: 'FROM debian:12-slim\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin',
      good: 'FROM debian:12-slim\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin',
    },
    differs: 'Names already set by an earlier ARG/ENV of the stage (or a stage it is built FROM) are fine, as in hadolint; the finding names the variable.',
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions.filter((i) => i.keyword === 'ENV').flatMap((instruction) => {
        const pairs = keyValues(instruction, model.escapeChar);
        if (pairs.length < 2) return [];
        const known = variablesBefore(model, stage, instruction);
        const bad = pairs.filter(({ name }, own) => !known.has(name) && pairs.some(({ value = '' }, i) => i !== own && references(value, name)));
        return bad.length ? [{ line: instruction.line, endLine: instruction.endLine, message: `${bad.map((p) => p.name).join(', ')} is used in the same ENV that defines it, where it is still unset` }] : [];
      }),
    );
  },
});
