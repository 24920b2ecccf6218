import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  ShardError,
  parseShard
} from "./chunk-FRDFALO4.js";
import {
  isFailOn
} from "./chunk-O3VY6SPR.js";
import {
  parseMinorVersion
} from "./chunk-BE2CS7BA.js";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
};
var USAGE = `Usage: shipshape [options] <paths...>
       shipshape merge [--format \u2026] [--output \u2026] [--fail-on \u2026] <report.json...>

Lints Dockerfiles and Kubernetes manifests against container-design practice.

Options:
  -f, --format <text|json|sarif>   report format (default: text)
  -o, --output <file>              write the report to a file instead of stdout
      --fail-on <error|warning|info|none>
                                   exit 1 when a finding at or above this severity exists
                                   (default: the fail-on of the config found from the
                                   working directory, or its .hadolint.yaml
                                   failure-threshold, else error)
  -c, --config <file>              use this config file instead of discovering .shipshape.yml files
      --kubernetes-version <x.y>   Kubernetes version for removed/deprecated API checks
      --build                      build each Dockerfile (Docker engine needed) and measure the image:
                                   layer sizes on their lines, waste, image checks (build log on stderr)
      --compare-base <ref>         with --build: also build at this git ref and report the size delta
      --builder <auto|buildx|buildkit|classic>
                                   with --build: which builder (default: auto)
      --build-network <name>       with --build: docker build --network (e.g. none)
      --keep-images                with --build: keep the images built for measuring (tagged
                                   shipshape-local/\u2026); removed by default
      --shard <i/n>                lint all files but report only shard i of n (by a hash of each path);
                                   combine the n JSON reports with \`shipshape merge\` (docs/sharding.md)
      --no-color                   plain text even on a terminal
  -h, --help                       show this help
  -v, --version                    print the version

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.
`;
function parseCli(argv, isTty) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "text" },
        output: { type: "string", short: "o" },
        "fail-on": { type: "string" },
        config: { type: "string", short: "c" },
        "kubernetes-version": { type: "string" },
        build: { type: "boolean", default: false },
        "compare-base": { type: "string" },
        builder: { type: "string", default: "auto" },
        "build-network": { type: "string" },
        "keep-images": { type: "boolean", default: false },
        shard: { type: "string" },
        "no-color": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false }
      }
    });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (!["text", "json", "sarif"].includes(format)) throw new UsageError(`--format must be text, json or sarif, not '${format}'`);
  const failOn = values["fail-on"] ?? "error";
  if (!isFailOn(failOn)) throw new UsageError(`--fail-on must be error, warning, info or none, not '${failOn}'`);
  const options = {};
  if (values["kubernetes-version"]) {
    if (!parseMinorVersion(values["kubernetes-version"])) throw new UsageError(`--kubernetes-version must be a version such as 1.34, not '${values["kubernetes-version"]}'`);
    options["kubernetes-version"] = values["kubernetes-version"];
  }
  const builder = values.builder;
  if (!["auto", "buildx", "buildkit", "classic"].includes(builder)) throw new UsageError(`--builder must be auto, buildx, buildkit or classic, not '${builder}'`);
  if (!values.build && (values["compare-base"] || values["build-network"] || values["keep-images"])) throw new UsageError("--compare-base, --build-network and --keep-images need --build");
  let shard;
  try {
    shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
  } catch (error) {
    if (error instanceof ShardError) throw new UsageError(`--${error.message}`);
    throw error;
  }
  const noColour = values["no-color"] || "NO_COLOR" in process.env;
  return {
    paths: positionals,
    format,
    failOn,
    failOnGiven: values["fail-on"] !== void 0,
    config: values.config,
    output: values.output,
    colour: isTty && !noColour && format === "text" && !values.output,
    help: values.help,
    version: values.version,
    options,
    build: values.build ? {
      compareBase: values["compare-base"] ?? null,
      builder,
      network: values["build-network"] ?? null,
      keepImages: values["keep-images"]
    } : null,
    ...shard ? { shard } : {}
  };
}

export {
  UsageError,
  USAGE,
  parseCli
};
