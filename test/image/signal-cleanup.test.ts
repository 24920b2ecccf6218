/**
 * A run stopped by SIGTERM (a cancelled CI job) in the middle of the image stage: the CLI, run from its sources,
 * exits with 143, removes the image it had built and measured, and kills the `docker build` still running, so
 * the engine does not finish that build and tag its image after the run has gone. The real engine and docker CLI
 * (a wrapper on PATH logs each docker pid, then execs it). A stage that ends leaves no listener on the process.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { run } from '../../src/core/engine.js';
import { BUSYBOX, describeEngine, imageTags, makeContext, removeDir, removeImages } from './engine.js';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Report paths `stop<pid>a/Dockerfile` make tags no other run shares: `shipshape-local/stop<pid>a-dockerfile:…`. */
const NAME = `stop${process.pid}`;
const OURS = `shipshape-local/${NAME}`;
const SLEEP = 8;
/**
 * Makes b's RUN a step no build has cached: a build that got past it once (a run killed without this cleanup)
 * would leave it cached, and b would be built at once. Killed mid-RUN, the build commits nothing.
 */
const STAMP = `${process.pid}-${Date.now()}`;

/** A zombie (an orphan nobody has reaped yet) has ended too. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEngine('a run stopped by a signal during the image stage', () => {
  const dirs: string[] = [];
  const tags: string[] = [OURS];
  afterAll(() => {
    tags.forEach(removeImages);
    dirs.forEach(removeDir);
  });

  it('SIGTERM: exit 143, the image built so far removed, the build under way killed and never tagged', async () => {
    // a builds in a second or two; b copies busybox too (a's cached layer), then sleeps in a RUN.
    const project = mkdtempSync(join(tmpdir(), 'shipshape-image-test-'));
    dirs.push(project);
    const context = (name: string, dockerfile: string) => {
      mkdirSync(join(project, name));
      copyFileSync(BUSYBOX, join(project, name, 'busybox'));
      writeFileSync(join(project, name, 'Dockerfile'), dockerfile);
    };
    context(`${NAME}a`, 'FROM scratch\nCOPY busybox /bin/busybox\nUSER 1\n');
    context(`${NAME}b`, `FROM scratch\nCOPY busybox /bin/busybox\nRUN ["/bin/busybox", "sh", "-c", "sleep ${SLEEP}; : ${STAMP}"]\nUSER 1\n`);
    const realDocker = spawnSync('sh', ['-c', 'command -v docker'], { encoding: 'utf8' }).stdout.trim();
    const log = join(project, 'docker-pids');
    writeFileSync(join(project, 'docker'), `#!/bin/sh\necho "$$ $1" >> "${log}"\nexec "${realDocker}" "$@"\n`);
    chmodSync(join(project, 'docker'), 0o755);

    const child = spawn(process.execPath, ['--import', TSX, join(ROOT, 'src/cli/bin.ts'), '--build', '--builder', 'classic', '--build-network', 'none',
      '--format', 'json', '--fail-on', 'none', `${NAME}a`, `${NAME}b`], {
      cwd: project, env: { ...process.env, PATH: `${project}${delimiter}${process.env.PATH}` }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const ended = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const ourTags = () => imageTags().filter((t) => t.startsWith(OURS));

    // Stop it once a's image exists and b's build is inside the sleeping RUN (the classic builder's log says so).
    let tagsAtSignal: string[] = [];
    for (let waited = 0; waited < 120_000 && child.exitCode === null; waited += 200) {
      tagsAtSignal = ourTags();
      if (tagsAtSignal.length && stderr.includes(`: ${STAMP}"]\n ---> Running in `)) break;
      await sleep(200);
    }
    const builds = (existsSync(log) ? readFileSync(log, 'utf8') : '').split('\n').filter((l) => l.endsWith(' build')).map((l) => Number(l.split(' ')[0]));
    const buildRunningAtSignal = builds.filter(running);
    child.kill('SIGTERM');
    const code = await ended;

    expect(tagsAtSignal).toEqual([expect.stringMatching(new RegExp(`^${OURS}a-dockerfile:head-`))]);
    expect(buildRunningAtSignal).toHaveLength(1);
    expect(code).toBe(143);
    expect(stdout).toBe('');
    expect(ourTags()).toEqual([]);
    expect(buildRunningAtSignal.filter(running)).toEqual([]);
    // Had the engine gone on with b's build, its tag would appear once the sleep is over.
    await sleep((SLEEP + 2) * 1000);
    expect(ourTags()).toEqual([]);
  }, 180_000);

  it('a stage that ends leaves no exit or signal listener behind', async () => {
    const dir = makeContext(`FROM scratch\nCOPY busybox /bin/busybox\nUSER ${process.pid}\n`);
    dirs.push(dir);
    const counts = () => ['exit', 'SIGINT', 'SIGTERM'].map((event) => process.listenerCount(event));
    const before = counts();
    const report = await run({ paths: [join(dir, 'Dockerfile')], cwd: dir, build: { builder: 'classic', network: 'none', log: null } });
    expect(report.images).toHaveLength(1);
    tags.push(report.images![0].tag);
    expect(imageTags()).not.toContain(report.images![0].tag);
    // The registry lets go one turn of the event loop after the last hold (src/core/exit-cleanup.ts).
    await new Promise((resolve) => setImmediate(resolve));
    expect(counts()).toEqual(before);
  });
});
