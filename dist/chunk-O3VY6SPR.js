import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
var FAIL_ON_LEVELS = ["error", "warning", "info", "none"];
function isFailOn(value) {
  return FAIL_ON_LEVELS.includes(value);
}
function atOrAbove(severity, threshold) {
  return threshold !== "none" && SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold];
}

export {
  SEVERITY_RANK,
  FAIL_ON_LEVELS,
  isFailOn,
  atOrAbove
};
