import { dockerfileRule } from '../define.js';
import { finalChain } from '../../dockerfile/queries.js';
import { repositoryPath } from '../../dockerfile/image-ref.js';
import TABLE from '../../data/heavy-base-images.json' with { type: 'json' };

interface HeavyImage {
  what: string;
  size: string;
  /** Stands in for a missing or `latest` tag where the lighter image has no untagged form (`debian:stable-slim`). */
  defaultTag?: string;
  lighter: { image: string; size: string }[];
  /** A build toolchain in every variant: `golang:1.22-alpine` is still the Go SDK. */
  sdk?: boolean;
  /** What differs in a variant, by a dash-separated tag part (`php:8.3-apache`); `release`: the part is a version. */
  variants?: Record<string, Partial<Omit<HeavyImage, 'variants'>> & { release?: boolean }>;
}

const IMAGES = TABLE.images as Record<string, HeavyImage>;
const LIGHT_MARKERS: string[] = TABLE.lightTagMarkers;

/** `3.12-slim-bookworm`, `alpine3.19`, `21-jre`: a tag part starting with a light marker. */
function isLightTag(tag: string | null): boolean {
  if (!tag) return false;
  return tag.toLowerCase().split(/[-_]/).some((part) => LIGHT_MARKERS.some((m) => part.startsWith(m)));
}

/** Fills `{version}`/`{tag}` of a suggestion from the user's tag; without one (or `latest`) they go, with their dash. */
function suggestion(template: string, tag: string | null, defaultTag = ''): string {
  const real = tag && tag !== 'latest' ? tag : defaultTag;
  // The JDK a build image's tag names (`3.9-eclipse-temurin-17`, `8-jdk21`); without one, the reader fills it in.
  const java = /(?:jdk|temurin|corretto|openjdk|semeru|sapmachine|zulu|graal)-?(\d+)/i.exec(real)?.[1] ?? '<your Java version>';
  const values: Record<string, string> = { tag: real, version: real.split('-')[0], java };
  return template.replace(/([:])?\{(tag|version|java)\}(-)?/g, (_m, colon: string | undefined, key: string, dash: string | undefined) => {
    const value = values[key];
    if (!value) return colon && !dash ? '' : (colon ?? '');
    return `${colon ?? ''}${value}${dash ?? ''}`;
  });
}

// Instruction-level: the finding spans the FROM that brings the heavy image into the final stage.
export default dockerfileRule({
  meta: {
    id: 'heavy-base-image',
    aliases: [],
    severity: 'warning',
    category: 'efficiency',
    title: 'Final stage is built on a full distribution or SDK image',
    docs: {
      why: 'Full distribution and SDK images carry compilers, headers and package managers the app never uses at run time: hundreds of megabytes more to pull on every node that schedules the pod, slower cold starts, and more packages for scanners to flag.',
      fix: 'Build in an earlier stage on the SDK image and run on its slim, alpine or distroless variant (for compiled languages, distroless or scratch), copying only the artifact across.',
      bad: 'FROM python:3.12\nCOPY . /app\nCMD ["python", "/app/main.py"]',
      good: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "/app/main.py"]',
    },
  },
  check(model) {
    // The final image holds the image at the root of its FROM chain (`FROM base` follows base to its image).
    const root = finalChain(model)[0];
    if (!root || root.baseStage !== null) return [];
    const ref = root.from;
    // A digest without a tag could be any variant: nothing to judge by.
    if (ref.unresolved || (!ref.tag && ref.digest)) return [];
    const base = IMAGES[repositoryPath(ref)];
    if (!base || (!base.sdk && isLightTag(ref.tag))) return [];
    const parts = (ref.tag ?? '').toLowerCase().split('-');
    const variants = Object.entries(base.variants ?? {}).filter(([part]) => parts.includes(part)).map(([, v]) => v);
    const heavy: HeavyImage = Object.assign({}, base, ...variants);
    // No lighter image keeps what this variant is for (php's Apache): nothing useful to say.
    if (heavy.lighter.length === 0) return [];
    // A tag that is only a variant (`buildpack-deps:curl`, `php:fpm`) names no version to carry over.
    const versionTag = parts.filter((part) => !base.variants?.[part] || base.variants[part].release).join('-') || null;
    const options = heavy.lighter.map((l) => `${suggestion(l.image, versionTag, heavy.defaultTag)} (${l.size})`).join(' or ');
    const at = root.fromInstruction;
    return [{
      line: at.line,
      endLine: at.endLine,
      message: `The final image is built on ${ref.resolved}, ${heavy.what} (${heavy.size}); run on ${options} instead, building in an earlier stage if you need the SDK`,
    }];
  },
});
