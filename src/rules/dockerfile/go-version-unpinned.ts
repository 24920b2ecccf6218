import { dockerfileRule } from '../define.js';
import { commandHit, isCall, runCommandLines } from '../../dockerfile/commands.js';

// A module path starts with a host (github.com/…, golang.org/x/…); `./cmd/app`, `main.go` and `.` are local.
const remote = (p: string) => /^[a-z0-9-]+(?:\.[a-z0-9-]+)+\//i.test(p) && !p.includes('$');
const pinned = (p: string) => /@(?!latest$|none$|upgrade$|patch$)[^@]+$/.test(p);

export default dockerfileRule({
  meta: {
    id: 'go-version-unpinned',
    aliases: ['DL3062'],
    severity: 'info',
    category: 'reliability',
    title: 'go install or go run of a module without a version',
    docs: {
      why: '`go install example.com/tool` (or `@latest`) builds whatever is newest on build day, outside go.sum.',
      fix: 'Name a version: `go install example.com/tool@v1.2.3`.',
      bad: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest',
      good: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1',
    },
    differs: 'Default severity info (hadolint: warning). Only remote module paths are judged, so `go run main.go` or `go install ./cmd/app` are not flagged; `@upgrade`/`@patch` count as unpinned like `@latest`.',
  },
  check(model) {
    return runCommandLines(model).flatMap(({ line }) => {
      let packages: string[] = [];
      if (isCall(line, ['go'], ['install', 'get'])) packages = line.operands.slice(1).filter((p) => p !== 'tool');
      // `go run pkg@v args…`: only the package, the rest are the program's arguments.
      else if (isCall(line, ['go'], ['run'])) packages = line.operands.slice(1, 2);
      const loose = packages.filter((p) => remote(p) && !pinned(p));
      return loose.length ? [commandHit(line.command, `Pin versions in go ${line.operands[0]}: ${loose.join(', ')} (use <module>@<version>)`)] : [];
    });
  },
});
