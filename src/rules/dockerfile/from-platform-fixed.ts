import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'from-platform-fixed',
    aliases: ['DL3029'],
    severity: 'warning',
    category: 'reliability',
    title: 'FROM --platform with a fixed platform',
    docs: {
      why: 'A hard-coded `--platform=linux/amd64` builds that architecture everywhere: on an arm64 node the image runs under emulation or not at all, and multi-platform builds silently ship the wrong binary.',
      fix: 'Drop the flag, or use `--platform=$BUILDPLATFORM` for cross-compiling build stages.',
      bad: 'FROM --platform=linux/amd64 node:20-slim',
      good: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build',
    },
    differs: 'Any variable (`$BUILDPLATFORM`, `$TARGETPLATFORM` or a build ARG) is accepted: it is chosen at build time. hadolint accepts only BUILDPLATFORM/TARGETPLATFORM.',
  },
  check(model) {
    return model.stages
      .filter((s) => s.platform !== null && !s.platform.includes('$'))
      .map((s) => ({ line: s.fromInstruction.line, endLine: s.fromInstruction.endLine, message: `FROM --platform=${s.platform} pins one architecture; leave it to the build or use $BUILDPLATFORM` }));
  },
});
