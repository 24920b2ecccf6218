import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/about.ts
var TOOL_NAME = "shipshape";
var TOOL_VERSION = "0.1.0";
var REPOSITORY_URL = "https://github.com/shipshape-dev/shipshape";
var RULES_DOC_URL = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
function ruleDocUrl(ruleId) {
  if (/^SC\d{4}$/.test(ruleId)) return `https://www.shellcheck.net/wiki/${ruleId}`;
  return `${RULES_DOC_URL}#${ruleId.toLowerCase()}`;
}

export {
  TOOL_NAME,
  TOOL_VERSION,
  REPOSITORY_URL,
  ruleDocUrl
};
