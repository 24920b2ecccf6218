/** `node dist/index.js`, as GitHub runs it. */
import * as core from '@actions/core';
import { main } from './main.js';

main().catch((error: unknown) => core.setFailed(`shipshape: ${(error as Error)?.message ?? String(error)}`));
