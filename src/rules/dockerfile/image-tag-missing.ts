import { dockerfileRule } from '../define.js';
import { fromReferences, resolveFrom } from '../../dockerfile/queries.js';
import type { ImageRef } from '../../dockerfile/model.js';
import { isPullable, plainlyAnImage } from '../../dockerfile/image-ref.js';
import { misspeltStage } from '../../dockerfile/stage-names.js';

/** Pulled as whatever `latest` is: no tag, no digest. Unresolved variables, `scratch` (no image) and an empty name say nothing. */
function untagged(ref: ImageRef): boolean {
  return isPullable(ref) && !ref.digest && !ref.tag;
}

export default dockerfileRule({
  meta: {
    id: 'image-tag-missing',
    aliases: ['DL3006', 'DS-0001', 'CKV_DOCKER_7'],
    severity: 'warning',
    category: 'reliability',
    title: 'Image has no tag',
    differs: 'ARG defaults are resolved first (`FROM python:${V}` with `ARG V=3.12` is tagged); silent for an ARG with no default, a stage alias, `scratch` and digests. hadolint checks FROM only; shipshape also flags an untagged image in `COPY --from=<image>` and `RUN --mount=from=<image>` (a stage name, a likely misspelt stage name or a `COPY --from` index is no image; a variable there is left alone).',
    docs: {
      why: 'Without a tag the build takes whatever `latest` is on the day it runs, so the same Dockerfile builds different images. An image named in `COPY --from=` or `RUN --mount=from=` is pulled the same way as a base image.',
      fix: 'Name a version tag, and for full reproducibility a digest: `FROM node:20.12-slim@sha256:…`, `COPY --from=ghcr.io/astral-sh/uv:0.4 /uv /bin/uv`. This covers `FROM` (after ARG substitution), `COPY --from=<image>` and `RUN --mount=from=<image>`; a stage name there is not an image.',
      bad: 'FROM node\nCOPY --from=busybox /bin/busybox /bin/busybox',
      good: 'FROM node:20.12-slim\nCOPY --from=busybox:1.36 /bin/busybox /bin/busybox',
    },
  },
  check(model) {
    const hits = [];
    for (const stage of model.stages) {
      const { from, fromInstruction } = stage;
      // A stage alias is no image; ARG values are substituted into FROM, so `from` is already resolved.
      if (stage.baseStage === null && untagged(from)) {
        hits.push({ line: fromInstruction.line, endLine: fromInstruction.endLine, message: `FROM ${from.resolved} has no tag; pin a version (e.g. ${from.resolved}:<version>)` });
      }
      // `COPY --from=busybox` and `RUN --mount=from=busybox` pull an image just like FROM does, implicitly :latest.
      for (const instruction of stage.instructions) {
        for (const ref of fromReferences(instruction)) {
          // A misspelt stage (`--from=biuld`) is no image: copy-from-unknown-stage asks which stage was meant.
          if (!plainlyAnImage(ref.value) && misspeltStage(model, stage, ref.value)) continue;
          const target = resolveFrom(model, ref);
          if (target.kind !== 'image' || !untagged(target.ref)) continue;
          const image = target.ref.resolved;
          hits.push({ line: instruction.line, endLine: instruction.endLine, message: `${ref.via}=${image} has no tag, so it pulls whatever :latest is; pin a version tag or digest (e.g. ${image}:<version>)` });
        }
      }
    }
    return hits;
  },
});
