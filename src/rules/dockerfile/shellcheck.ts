import { dockerfileRule } from '../define.js';
import { DEFAULT_TIMEOUT_MS, DEFERRED, shellcheckDockerfile } from '../../dockerfile/shellcheck.js';

export default dockerfileRule({
  meta: {
    id: 'shellcheck',
    aliases: [],
    severity: 'warning',
    category: 'reliability',
    title: 'ShellCheck finding in a RUN script',
    docs: {
      why: 'RUN scripts are shell scripts: unquoted expansions, failing `cd`s and typos break builds or install the wrong thing. Findings carry ShellCheck\'s own id (`SC2086` …), which config and pragmas can ignore or re-level one by one.',
      fix: 'Follow the SC code\'s advice (https://www.shellcheck.net/wiki/SC2086 …), or silence one code with `# hadolint ignore=SC2086` above the RUN or `rules: {SC2086: off}`. Runs only when a `shellcheck` binary is on PATH; the report says so when it is not.',
      bad: 'FROM debian:12-slim\nARG VERSION\nRUN cd /opt && curl -fsSLo app.tgz https://example.com/app-$VERSION.tgz',
      good: 'FROM debian:12-slim\nARG VERSION\nWORKDIR /opt\nRUN curl -fsSLo app.tgz "https://example.com/app-${VERSION}.tgz"',
    },
    differs: 'Every SC code is its own rule id (`SC2086`), configurable and ignorable like a DL code; findings point at the exact line inside a multi-line RUN, not its first line. Each RUN is checked in isolation with the stage\'s shell (SHELL, `# hadolint shell=`, inherited through `FROM <stage>`) and the ARG/ENV names in force; the scripts of a whole run go to a few shellcheck processes running in parallel, one per core, started while the other files are still being linted.',
  },
  check(model, options) {
    // In an engine run the scripts of all Dockerfiles go to a few shellcheck processes (src/dockerfile/shellcheck-batch.ts).
    if (options[DEFERRED] === true) return [];
    const timeout = Number(options['shellcheck-timeout']);
    return shellcheckDockerfile(model, Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS);
  },
});
