/** The Dockerfile model every Dockerfile rule reads: parsed once, positions kept, ARGs resolved. */
import type { Instruction as AstInstruction } from 'dockerfile-ast';

/** One simple command of a shell script (`a && b | c` holds three). */
export interface ShellCommand {
  /** Words with quotes removed; variables kept as `${NAME}` text. */
  argv: string[];
  /** 1-based file line on which this command starts (exact inside multi-line RUNs and heredocs). */
  line: number;
  /** The control operator after the command (`&&`, `||`, `;`, `|`, `&`, …) or null at the end. */
  next: string | null;
  /** Redirections: `>` / `>>` / `2>` … with their target word. */
  redirects: { op: string; target: string }[];
  /** True inside `( … )` or `$( … )`: the command runs in a subshell, so `cd` or `export` there does not last. */
  subshell?: boolean;
}

export interface Flag {
  name: string;
  value: string | null;
}

export interface Heredoc {
  name: string;
  body: string;
  /** 1-based line of the first body line. */
  line: number;
  terminated: boolean;
}

export interface Instruction {
  /** Upper-case keyword: RUN, COPY, … */
  keyword: string;
  line: number;
  endLine: number;
  column: number;
  /** Arguments with line continuations joined and comment lines dropped; flags excluded. */
  args: string;
  /** The argument words as Docker splits them (flags excluded). */
  words: string[];
  flags: Flag[];
  /** Index of the stage the instruction belongs to; -1 for ARGs before the first FROM. */
  stage: number;
  /** For RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK: JSON array (exec) or shell form. */
  form?: 'exec' | 'shell';
  /** The JSON array of an exec-form instruction. */
  exec?: string[];
  /** Shell-form RUN/CMD/ENTRYPOINT split into commands by a shell tokenizer (heredoc scripts included). */
  commands: ShellCommand[];
  heredocs: Heredoc[];
  /** Shell-form RUN/CMD/ENTRYPOINT: the script as the shell receives it, with the file line of every character (ShellCheck maps its findings back through it). */
  script?: { text: string; lineAt: number[] };
  /** The parser's node, for the rare rule that needs more. */
  node: AstInstruction;
  /** ONBUILD only: the instruction it registers (`ONBUILD RUN …` gives a RUN), read as if written on its own. */
  trigger?: Instruction;
}

/** A parsed image reference such as `ghcr.io/acme/web:1.2@sha256:…`. */
export interface ImageRef {
  /** As written, before ARG substitution. */
  raw: string;
  /** After ARG substitution (equals raw when there is nothing to substitute). */
  resolved: string;
  /** True when a variable without a known value remains in the reference. */
  unresolved: boolean;
  registry: string | null;
  /** Repository path without registry, tag or digest (`library/` kept as written). */
  name: string;
  tag: string | null;
  digest: string | null;
}

export interface Stage {
  index: number;
  /** The `AS` alias, lower-cased as Docker treats it; null when unnamed. */
  name: string | null;
  from: ImageRef;
  fromInstruction: Instruction;
  /** Index of the earlier stage this one is built FROM, or null for an image. */
  baseStage: number | null;
  /** Instructions after FROM, in order. */
  instructions: Instruction[];
  /** `--platform` of the FROM, if any. */
  platform: string | null;
}

export interface Comment {
  line: number;
  /** Text after `#`, trimmed. */
  text: string;
}

export interface DockerfileModel {
  file: string;
  lines: string[];
  escapeChar: string;
  /** Every instruction in order, including global ARGs. */
  instructions: Instruction[];
  stages: Stage[];
  /** The stage `docker build` produces without --target: the last one. */
  finalStage: Stage | null;
  /** Global ARG defaults (before the first FROM), quotes read and earlier globals expanded; undefined when declared without a value. */
  globalArgs: Map<string, string | undefined>;
  comments: Comment[];
}
