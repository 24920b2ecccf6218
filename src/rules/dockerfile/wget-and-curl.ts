import { dockerfileRule } from '../define.js';
import { commandHit, commandLine, runBodies } from '../../dockerfile/commands.js';

export default dockerfileRule({
  meta: {
    id: 'wget-and-curl',
    aliases: ['DL4001'],
    severity: 'warning',
    category: 'efficiency',
    title: 'Both wget and curl in one stage',
    docs: {
      why: 'Two download tools do one job: installing both adds size and attack surface.',
      fix: 'Pick one of them for the whole stage.',
      bad: 'FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN wget -q https://example.com/b.tgz',
      good: 'FROM debian:12-slim\nRUN curl -fsSLO https://example.com/a.tgz\nRUN curl -fsSLO https://example.com/b.tgz',
    },
    differs: 'Reported on the exact line of each use once both tools are in use in the stage.',
  },
  check(model) {
    const seen = new Map<number, Set<string>>();
    return runBodies(model).flatMap((body) => {
      const key = body.stage?.index ?? -1;
      const tools = seen.get(key) ?? new Set<string>();
      seen.set(key, tools);
      return body.commands.flatMap((command) => {
        const program = commandLine(command).program;
        if (program !== 'curl' && program !== 'wget') return [];
        tools.add(program);
        return tools.size === 2 ? [commandHit(command, 'This stage uses both wget and curl; use one of them')] : [];
      });
    });
  },
});
