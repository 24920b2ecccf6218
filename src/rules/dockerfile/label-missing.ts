import { dockerfileRule } from '../define.js';
import { imageStages, labelSchema, stageHasLabel } from '../../dockerfile/labels.js';
import { SCHEMA_NOTE } from './_label-format.js';

export default dockerfileRule({
  meta: {
    id: 'label-missing',
    aliases: ['DL3049'],
    severity: 'info',
    category: 'maintainability',
    title: 'Label required by the schema is missing',
    docs: {
      why: 'A label schema is how a team says which metadata every image carries (owner, source, version); an image without it cannot be traced.',
      fix: 'Add the label to the stage that makes the image. ' + SCHEMA_NOTE,
      bad: 'FROM nginx:1.27-alpine\nCOPY site /usr/share/nginx/html',
      good: 'FROM nginx:1.27-alpine\nLABEL org.opencontainers.image.source=https://github.com/acme/web\nCOPY site /usr/share/nginx/html',
    },
    differs: 'Only stages that make an image (the final stage, or one nothing builds on or copies from) must carry the labels; labels of a stage they are built FROM count. Reported on the FROM.',
  },
  check(model, options) {
    const schema = labelSchema(options);
    if (!schema.size) return [];
    return imageStages(model).flatMap((stage) => {
      const missing = [...schema.keys()].filter((key) => !stageHasLabel(model, stage, key));
      const from = stage.fromInstruction;
      return missing.map((key) => ({ line: from.line, endLine: from.endLine, message: `Label ${key} is missing from this image` }));
    });
  },
});
