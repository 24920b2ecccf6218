/** `node dist/index.js`, as GitHub runs it. */
// First: V8 flags for the whole run (src/core/v8-tuning.ts).
import '../core/v8-tuning.js';
import * as core from '@actions/core';
import { main } from './main.js';

main()
  .catch((error: unknown) => {
    const token = core.getInput('github-token');
    let message = (error as Error)?.message ?? String(error);
    // The token never reaches a log, even inside an error some library built.
    if (token) message = message.split(token).join('***');
    core.setFailed(`shipshape: ${message.split('\n')[0]}`);
  })
  // Done is done: idle keep-alive sockets and rate-limiter timers would hold the process open a while longer.
  // Exit once stdout has drained, so no workflow command is lost.
  .finally(() => process.stdout.write('', () => process.exit()));
