import { dockerfileRule } from '../define.js';
import { fromReferences } from '../../dockerfile/queries.js';
import { stripQuotes } from '../../dockerfile/words.js';

export default dockerfileRule({
  meta: {
    id: 'copy-entire-filesystem',
    aliases: ['DL3067'],
    severity: 'warning',
    category: 'efficiency',
    title: 'COPY --from of a whole filesystem',
    docs: {
      why: '`COPY --from=stage / /` drags the other stage\'s entire root — package caches, compilers, shells — into the image, defeating the multi-stage build.',
      fix: 'Copy only the artifacts you need: `COPY --from=build /out/app /usr/local/bin/app`.',
      bad: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build / /',
      good: 'FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /out/app /app',
    },
    differs: 'Same check, with the COPY\'s whole line range.',
  },
  check(model) {
    return model.instructions
      .filter((i) => i.keyword === 'COPY' && fromReferences(i).length > 0 && i.words.length >= 2)
      .filter((i) => stripQuotes(i.words[i.words.length - 1]) === '/' && i.words.slice(0, -1).some((w) => stripQuotes(w) === '/'))
      .map((i) => ({ line: i.line, endLine: i.endLine, message: 'COPY --from of / to / copies the whole filesystem of the other stage' }));
  },
});
