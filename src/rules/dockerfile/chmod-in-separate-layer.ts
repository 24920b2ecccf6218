import { posix } from 'node:path';
import picomatch from 'picomatch';
import { dockerfileRule } from '../define.js';
import table from '../../data/add-auto-extract.json' with { type: 'json' };
import type { DockerfileModel, Instruction, ShellCommand, Stage } from '../../dockerfile/model.js';
import type { RuleHit } from '../../core/types.js';
import type { VariableLookup } from '../../dockerfile/image-ref.js';
import { effectiveArgv, programOf } from '../../dockerfile/queries.js';
import { copyPaths, expand, isRemoteSource, launchedCommands, variablesBefore, workdirBefore } from '../../dockerfile/stage-values.js';
import { stripQuotes } from '../../dockerfile/words.js';

/** A path a COPY/ADD wrote. `tree`: the destination directory as a whole (`COPY . /app`), not one named entry. */
interface Written {
  path: string;
  tree: boolean;
  instruction: Instruction;
}

/** A chmod/chown call: recursive or not, its mode or owner, and the paths it changes. */
interface Change {
  program: 'chmod' | 'chown';
  recursive: boolean;
  setting: string | null;
  targets: string[];
}

const GLOB = /[*?[]/;

function readChange(command: ShellCommand): Change | null {
  const program = programOf(command);
  if (program !== 'chmod' && program !== 'chown') return null;
  // chmod's `-x` is a mode, not an option: only these letters are options.
  const shortOptions = program === 'chmod' ? /^-[cfvRHLP]+$/ : /^-[cfvRhHLP]+$/;
  let recursive = false;
  let reference = false;
  const operands: string[] = [];
  for (const word of effectiveArgv(command).slice(1)) {
    if (word === '--recursive' || (shortOptions.test(word) && word.includes('R'))) recursive = true;
    else if (word.startsWith('--reference')) reference = true;
    else if (!word.startsWith('--') && !shortOptions.test(word)) operands.push(word);
  }
  const setting = reference ? null : (operands.shift() ?? null);
  return { program, recursive, setting, targets: operands };
}

function changesMode(command: ShellCommand): boolean {
  const program = programOf(command);
  return program === 'chmod' || program === 'chown';
}

/** COPY --chmod is safest with an octal mode: keep one, and turn `+x` into the usual 755. */
function octalMode(setting: string | null): string {
  if (setting && /^[0-7]{3,4}$/.test(setting)) return setting;
  return setting && /x/.test(setting) ? '755' : '<octal mode>';
}

function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  return (GLOB.test(a) || GLOB.test(b)) && (picomatch.isMatch(a, b, { dot: true }) || picomatch.isMatch(b, a, { dot: true }));
}

function inside(path: string, dir: string): boolean {
  return path.startsWith(dir === '/' ? '/' : dir + '/') && path !== dir;
}

/** Whether changing `target` rewrites file content that `w` put in an earlier layer. */
function rewrites(target: string, recursive: boolean, w: Written): boolean {
  if (samePath(target, w.path)) return recursive || !w.tree; // a lone directory entry is cheap to restore
  if (inside(target, w.path)) return true;
  return recursive && inside(w.path, target);
}

/**
 * The paths a stage's COPY/ADD wrote so far, indexed so a chmod is checked against its own path and ancestors
 * (and, when recursive, what lies beneath it) rather than against every copy: generated files can hold thousands.
 */
class CopiedPaths {
  private readonly byPath = new Map<string, Written[]>();
  private readonly beneath = new Map<string, Written[]>();
  private readonly globbed: Written[] = [];
  size = 0;

  add(w: Written): void {
    this.size++;
    if (GLOB.test(w.path)) {
      this.globbed.push(w);
      return;
    }
    push(this.byPath, w.path, w);
    for (let dir = posix.dirname(w.path); ; dir = posix.dirname(dir)) {
      push(this.beneath, dir, w);
      if (dir === '/' || dir === '.') break;
    }
  }

  /** The latest copy whose files changing `target` rewrites: the one that wrote what the change rewrites now. */
  find(target: string, recursive: boolean): Written | undefined {
    const check = (w: Written) => rewrites(target, recursive, w);
    const candidates: Written[] = this.globbed.filter(check);
    if (GLOB.test(target)) candidates.push(...[...this.byPath.values()].flat().filter(check));
    else {
      for (let dir = target; ; dir = posix.dirname(dir)) {
        candidates.push(...(this.byPath.get(dir)?.filter(check) ?? []));
        if (dir === '/' || dir === '.') break;
      }
      if (recursive) candidates.push(...(this.beneath.get(target) ?? []));
    }
    return candidates.reduce<Written | undefined>((latest, w) => (!latest || w.instruction.line > latest.instruction.line ? w : latest), undefined);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function resolve(word: string, vars: VariableLookup, cwd: string | null): string | null {
  const path = expand(stripQuotes(word), vars);
  if (path === null || path === '') return null;
  if (path.startsWith('/')) return posix.normalize(path).replace(/(.)\/$/, '$1');
  return cwd === null ? null : posix.join(cwd, path).replace(/(.)\/$/, '$1');
}

function written(model: DockerfileModel, stage: Stage, instruction: Instruction): Written[] {
  const paths = copyPaths(instruction);
  if (!paths || !paths.sources.length) return [];
  const vars = variablesBefore(model, stage, instruction);
  const dest = resolve(paths.dest, vars, workdirBefore(model, stage, instruction));
  if (dest === null) return [];
  const raw = paths.dest;
  const intoDirectory = raw.endsWith('/') || raw === '.' || raw === '..' || paths.sources.length > 1 || paths.sources.some((s) => GLOB.test(s));
  return paths.sources.map((source): Written => {
    const unpacked = instruction.keyword === 'ADD' && !isRemoteSource(source) && table.extensions.some((ext) => source.endsWith(ext));
    // `COPY . /app` and `COPY src/ /app/` fill the directory itself; `COPY run.sh /app/` adds /app/run.sh.
    if (unpacked || source === '.' || source.endsWith('/')) return { path: dest, tree: true, instruction };
    if (!intoDirectory) return { path: dest, tree: false, instruction };
    const name = posix.basename(isRemoteSource(source) ? source.replace(/[?#].*$/, '') : source);
    return { path: posix.join(dest, name), tree: false, instruction };
  });
}

/** useradd/groupadd options that take a value: the word after one is no name. */
const VALUED = /^(?:-[bcdefgGhkKpsuUZ]|--(?:base-dir|comment|home(?:-dir)?|expiredate|inactive|gid|groups|skel|key|password|shell|uid|selinux-user|ingroup|gecos|firstuid|lastuid))$/;

/** Users and groups a stage's RUNs create at or after `line` (useradd, adduser, groupadd, addgroup: the first operand). */
function usersMadeFrom(stage: Stage, line: number): Set<string> {
  const names = new Set<string>();
  for (const instruction of stage.instructions) {
    if (instruction.keyword !== 'RUN' || instruction.endLine < line) continue;
    for (const command of launchedCommands(instruction)) {
      if (!['useradd', 'adduser', 'groupadd', 'addgroup'].includes(programOf(command))) continue;
      const words = effectiveArgv(command).slice(1);
      for (let i = 0; i < words.length; i++) {
        if (VALUED.test(words[i])) i++;
        else if (!words[i].startsWith('-')) {
          names.add(words[i]);
          break;
        }
      }
    }
  }
  return names;
}

export default dockerfileRule({
  meta: {
    id: 'chmod-in-separate-layer',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'chmod/chown in a RUN after COPY',
    docs: {
      why: 'Changing mode or owner of a file rewrites it whole into the RUN’s new layer, so every copied byte is stored (and pulled) twice; a `chown -R` over a copied app directory can double the image.',
      fix: 'Set mode and owner while copying: `COPY --chmod=755 entrypoint.sh /usr/local/bin/`, `COPY --chown=10001:10001 . /app`.',
      bad: 'COPY . /app\nRUN chown -R 10001:10001 /app',
      good: 'COPY --chown=10001:10001 . /app',
    },
  },
  check(model) {
    const hits: RuleHit[] = [];
    for (const stage of model.stages) {
      // Only a chmod or chown in a RUN can fire: most stages have none, and need no COPY bookkeeping.
      if (!stage.instructions.some((i) => i.keyword === 'RUN' && launchedCommands(i).some(changesMode))) continue;
      const copied = new CopiedPaths();
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') written(model, stage, instruction).forEach((w) => copied.add(w));
        if (instruction.keyword !== 'RUN' || !copied.size) continue;
        const vars = variablesBefore(model, stage, instruction);
        let cwd = workdirBefore(model, stage, instruction);
        for (const command of launchedCommands(instruction)) {
          if (programOf(command) === 'cd' && !command.subshell) {
            const to = effectiveArgv(command).slice(1).find((w) => !w.startsWith('-'));
            cwd = to === undefined ? null : resolve(to, vars, cwd);
            continue;
          }
          const change = readChange(command);
          if (!change) continue;
          const match = change.targets
            .map((t) => resolve(t, vars, cwd))
            .flatMap((target) => {
              const w = target === null ? undefined : copied.find(target, change.recursive);
              return w && target !== null ? [{ target, w }] : [];
            })[0];
          if (!match) continue;
          const suggestion = `${match.w.instruction.keyword} ${change.program === 'chmod' ? `--chmod=${octalMode(change.setting)}` : `--chown=${change.setting ?? '<user>'}`}`;
          // --chown resolves a name when the COPY runs: a user made later in the stage does not exist yet.
          const owner = change.program === 'chown' ? (change.setting ?? '').split(/[:.]/)[0] : '';
          const madeLater = owner !== '' && !/^\d+$/.test(owner) && usersMadeFrom(stage, match.w.instruction.line).has(owner);
          hits.push({
            line: command.line,
            endLine: command.line,
            message: `${change.program} on ${match.target} rewrites files the ${match.w.instruction.keyword} on line ${match.w.instruction.line} wrote, storing them twice; set it while copying with ${suggestion}${madeLater ? ` (create user ${owner} before that ${match.w.instruction.keyword}, or give numeric ids: --chown resolves names when it runs)` : ''}`,
          });
        }
      }
    }
    return hits;
  },
});
