// Writes docs/rules.md and docs/hadolint-migration.md from the rules' own metadata (tests fail when they are stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { renderRulesDoc } from '../src/report/rules-doc.js';
import { renderHadolintMigration } from '../src/report/hadolint-migration.js';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/rules.md', renderRulesDoc());
writeFileSync('docs/hadolint-migration.md', renderHadolintMigration());
