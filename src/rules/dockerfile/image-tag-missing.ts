import { dockerfileRule } from '../define.js';

export default dockerfileRule({
  meta: {
    id: 'image-tag-missing',
    aliases: ['DL3006', 'DS-0001', 'CKV_DOCKER_7'],
    severity: 'warning',
    category: 'reliability',
    title: 'Base image has no tag',
    differs: 'ARG defaults are resolved first (`FROM python:${V}` with `ARG V=3.12` is tagged); silent for an ARG with no default, a stage alias, `scratch` and digests.',
    docs: {
      why: 'Without a tag the build takes whatever `latest` is on the day it runs, so the same Dockerfile builds different images.',
      fix: 'Name a version tag, and for full reproducibility a digest: `FROM node:20.12-slim@sha256:…`.',
      bad: 'FROM node',
      good: 'FROM node:20.12-slim',
    },
  },
  check(model) {
    return model.stages.flatMap((stage) => {
      const { from, fromInstruction } = stage;
      // A stage alias, scratch, a digest, or a variable we cannot resolve: nothing to say.
      if (stage.baseStage !== null || from.unresolved || from.digest || from.tag) return [];
      if (from.resolved.toLowerCase() === 'scratch' || !from.resolved) return [];
      return [{ line: fromInstruction.line, endLine: fromInstruction.endLine, message: `FROM ${from.resolved} has no tag; pin a version (e.g. ${from.resolved}:<version>)` }];
    });
  },
});
