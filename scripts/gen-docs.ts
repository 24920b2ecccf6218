// Writes docs/rules.md from the rules' own metadata (a test fails when the committed file is stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/report/rules-doc.js';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', renderRulesDoc());
