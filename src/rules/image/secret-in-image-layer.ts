import { imageRule } from '../define.js';
import { layerOrigin, layerSpan } from '../../image/facts.js';
import { secretKind } from '../../image/secrets.js';

export default imageRule({
  meta: {
    id: 'secret-in-image-layer',
    aliases: ['CIS-DI-0010'],
    severity: 'error',
    category: 'security',
    title: 'Credential file in an image layer',
    docs: {
      why: 'Every layer is part of the pull: a private key, `.env` or credentials file that a later instruction deletes is still in the image for anyone who can pull it (`docker save` and untar the layer).',
      fix: 'Never write secrets into a layer. Use a build secret (`RUN --mount=type=secret,id=npmrc …`), an SSH mount for git, or inject the secret at run time from a Kubernetes Secret. Rotate any credential that was already pushed.',
      bad: 'COPY id_rsa /root/.ssh/id_rsa\nRUN git clone git@github.com:acme/lib.git && rm /root/.ssh/id_rsa',
      good: 'RUN --mount=type=ssh git clone git@github.com:acme/lib.git',
    },
  },
  check(facts) {
    const hits = [];
    for (const [index, layer] of facts.layers.entries()) {
      for (const entry of layer.entries) {
        const kind = secretKind(entry);
        if (!kind) continue;
        const survives = facts.final.get(entry.path)?.layer === index;
        const where = `layer ${index} (added by ${layerOrigin(facts, index)})`;
        const message = survives
          ? `\`${entry.path}\` is ${kind} and ships in ${where}`
          : `\`${entry.path}\` is ${kind}; a later layer removes or replaces it, but it is still in ${where} of the pull`;
        hits.push({ ...layerSpan(facts, index), message });
      }
    }
    return hits;
  },
});
