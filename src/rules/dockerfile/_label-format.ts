/** The check shared by the label-format rules: every LABEL whose key the schema gives `type` must pass `valid`. */
import type { DockerfileModel } from '../../dockerfile/model.js';
import type { RuleHit, RuleOptions } from '../../core/types.js';
import { allLabels, isDynamic, labelSchema, type LabelType } from '../../dockerfile/labels.js';

export function labelFormatCheck(type: LabelType, valid: (value: string) => boolean, what: string) {
  return (model: DockerfileModel, options: RuleOptions): RuleHit[] => {
    const schema = labelSchema(options);
    if (!schema.size) return [];
    return allLabels(model)
      // Empty values are label-empty's; values from variables are only known at build time.
      .filter((p) => schema.get(p.key) === type && p.value !== '' && !isDynamic(p.value) && !valid(p.value))
      .map((p) => ({ line: p.line, endLine: p.line, message: `Label ${p.key} is not ${what}: "${p.value}"` }));
  };
}

export const SCHEMA_NOTE = 'Active only when a `label-schema` is configured (in .shipshape.yml `options:` or .hadolint.yaml).';
