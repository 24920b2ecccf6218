import { dockerfileRule } from '../define.js';
import { copyPaths, expand, isRemoteSource, variablesBefore } from '../../dockerfile/stage-values.js';
import { isHarmlessFile, secretFileKind } from '../../core/secret-files.js';

export default dockerfileRule({
  meta: {
    id: 'secret-file-copied',
    aliases: [],
    severity: 'error',
    category: 'security',
    title: 'Credential file copied into the image',
    docs: {
      why: 'A file COPY or ADD puts in a layer stays in the image even if a later RUN deletes it: anyone who can pull the image can extract the SSH key, `.env`, `.npmrc` token or kubeconfig.',
      fix: 'Mount it for the one step that needs it (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, `RUN --mount=type=ssh`), list it in `.dockerignore`, and give the running container its credentials from a Kubernetes Secret. Templates (`*.example`, `*.sample`, `*.template`), public keys (`*.pub`, `*.gpg.key`) and certificate-named `.pem` files are not reported.',
      bad: 'COPY .npmrc package.json ./\nRUN npm ci',
      good: 'COPY package.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci',
    },
  },
  check(model) {
    return model.stages.flatMap((stage) =>
      stage.instructions
        .filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD')
        .flatMap((i) => {
          const paths = copyPaths(i);
          if (!paths) return [];
          const vars = variablesBefore(model, stage, i);
          const sources = paths.sources.map((s) => expand(s, vars) ?? s).filter((s) => !isRemoteSource(s));
          const found = sources.map((s) => ({ path: s, what: secretFileKind(s) })).filter((f) => f.what !== null);
          // `COPY deploy_key /root/.ssh/id_rsa`: the destination names the secret (unless a template or public key is copied).
          const dest = expand(paths.dest, vars) ?? paths.dest;
          const destKind = dest.endsWith('/') || sources.length !== 1 || sources.some(isHarmlessFile) ? null : secretFileKind(dest);
          if (!found.length && destKind) found.push({ path: dest, what: destKind });
          if (!found.length) return [];
          const list = found.map((f) => `${f.path} (${f.what})`).join(', ');
          return [{ line: i.line, endLine: i.endLine, message: `${i.keyword} puts ${list} into the image, where anyone who pulls it can read it; mount it with RUN --mount=type=secret instead and add it to .dockerignore` }];
        }),
    );
  },
});
