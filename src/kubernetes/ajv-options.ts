/**
 * ajv's options for every schema shipshape validates with: the built-in kinds' validators, compiled when the project
 * is built (scripts/gen-kubernetes-validators.ts), and a CRD's, compiled at run time (schema.ts). One set, so both give
 * errors of the same shape to schema-errors.ts.
 *
 * strict: false because CRD schemas carry Kubernetes' own keywords (x-kubernetes-*, nullable); verbose gives each
 * error its schema, which names the allowed fields for "did you mean". A CRD's compile time is what a run pays, so:
 * each definition compiled once as its own function (inlineRefs: false), no meta-schema check of our own generated
 * schemas, no message strings (we write our own), no code optimisation pass.
 */
import type { Options } from 'ajv';

export const AJV_OPTIONS: Options = {
  allErrors: true,
  strict: false,
  validateFormats: false,
  verbose: true,
  inlineRefs: false,
  validateSchema: false,
  messages: false,
  code: { optimize: false },
};
