import { engineRule } from '../define.js';

// Emitted by the parser (Docker refuses such a file, so no other rule runs on it), under hadolint's code.
export default engineRule({
  id: 'instruction-before-from',
  aliases: ['DL3061'],
  severity: 'error',
  category: 'reliability',
  title: 'Instruction before the first FROM',
  docs: {
    why: 'Only ARG (and comments or parser directives) may come before the first FROM; Docker refuses anything else with "no build stage in current context".',
    fix: 'Move the instruction below a FROM, or turn a value it sets into a global `ARG`.',
    bad: 'ENV NODE_ENV=production\nFROM node:20-slim',
    good: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-slim\nENV NODE_ENV=production',
  },
  differs: 'Reported by the parser as the file\'s error: no other rule runs on a file Docker cannot build.',
}, 'dockerfile');
