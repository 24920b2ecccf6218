import { dockerfileRule } from '../define.js';
import type { Instruction } from '../../dockerfile/model.js';
import { substitute } from '../../dockerfile/image-ref.js';
import { variableNames, variablesBefore } from '../../dockerfile/stage-values.js';
import { keyValues } from '../../dockerfile/words.js';
import { assessCredential, credentialName, credentialValue } from '../../core/secrets.js';

/** `GITHUB_TOKEN` → `github_token`: the id to suggest for `--mount=type=secret,id=…`. */
function secretId(name: string): string {
  return name.toLowerCase();
}

// Messages name the variable and the kind of credential, never the value.
function argMessage(name: string, word: string | null, valueKind: string | null): string {
  const what = valueKind ? `its default is ${valueKind}` : `its name contains ${word}`;
  return `ARG ${name} looks like a credential (${what}): build args are recorded in the image history; use RUN --mount=type=secret,id=${secretId(name)} instead`;
}

function envMessage(name: string, what: string): string {
  return `ENV ${name} ${what}: ENV is stored in the image for anyone who pulls it; pass it at run time (a Kubernetes Secret), or use RUN --mount=type=secret,id=${secretId(name)} for a build step`;
}

export default dockerfileRule({
  meta: {
    id: 'secret-in-build-config',
    aliases: ['DL3064', 'DS-0031', 'SecretsUsedInArgOrEnv'],
    severity: 'error',
    category: 'security',
    title: 'Credential in ARG or ENV',
    differs: 'An ARG with a credential name fires even without a default (build args land in the image history); literal values are recognised by pattern (AWS, GitHub, Slack, private keys …); placeholders and names ending _FILE, _PATH, _URL, _ENABLED are silent. Error, not warning. The value is never printed.',
    docs: {
      why: 'ENV values are stored in the image config and build args in its history (`docker history`): anyone who can pull the image can read them. An ARG named like a credential is reported even without a default, because the value passed with `--build-arg` is recorded too.',
      fix: 'Use a build secret (`RUN --mount=type=secret,id=npm_token …`, built with `--secret id=npm_token,env=NPM_TOKEN`) and give the running container its credentials from a Kubernetes Secret. Names ending in _FILE, _PATH, _URL, _ENABLED (and similar) are silent, as is an ENV whose value is empty or a placeholder (`<token>`, `xxx`, `dummy`, `example`, a path, a flag, or a variable that no build arg fills); a literal token such as AKIA…, ghp_…, xox… or a private key is reported under any name.',
      bad: 'ARG NPM_TOKEN\nRUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci',
      good: 'RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \\\n    echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc',
    },
  },
  check(model) {
    const hits = [];
    const at = (i: Instruction, message: string) => ({ line: i.line, endLine: i.endLine, message });
    const redeclared = new Set(model.instructions.filter((i) => i.keyword === 'ARG' && i.stage >= 0).flatMap((i) => keyValues(i, model.escapeChar).map((kv) => kv.name)));

    for (const i of model.instructions.filter((i) => i.keyword === 'ARG' && i.stage < 0)) {
      for (const { name, value } of keyValues(i, model.escapeChar)) {
        // A stage that re-declares it gets the finding instead.
        if (redeclared.has(name) && value === undefined) continue;
        const valueKind = value === undefined ? null : credentialValue(value);
        const word = credentialName(name);
        if (valueKind || (word && !redeclared.has(name))) hits.push(at(i, argMessage(name, word, valueKind)));
      }
    }

    for (const stage of model.stages) {
      const args = new Set<string>();
      for (const i of stage.instructions) {
        if (i.keyword === 'ARG') {
          for (const { name, value } of keyValues(i, model.escapeChar)) {
            args.add(name);
            const valueKind = value === undefined ? null : credentialValue(value);
            const word = credentialName(name);
            if (valueKind || word) hits.push(at(i, argMessage(name, word, valueKind)));
          }
        } else if (i.keyword === 'ENV') {
          const vars = variablesBefore(model, stage, i);
          for (const { name, value = '' } of keyValues(i, model.escapeChar)) {
            // `ENV NPM_TOKEN=${NPM_TOKEN}` bakes the build arg's value into every container's environment.
            const fromArgs = variableNames(value).filter((v) => args.has(v));
            const secretArg = fromArgs.find((v) => credentialName(v));
            if (secretArg || (fromArgs.length && credentialName(name))) {
              hits.push(at(i, envMessage(name, `copies build arg ${secretArg ?? fromArgs[0]} into the image environment`)));
              continue;
            }
            const verdict = assessCredential(name, substitute(value, vars).text);
            if (verdict?.by === 'value') hits.push(at(i, envMessage(name, `holds ${verdict.what}`)));
            else if (verdict) hits.push(at(i, envMessage(name, `sets a credential (its name contains ${verdict.what})`)));
          }
        }
      }
    }
    return hits;
  },
});
