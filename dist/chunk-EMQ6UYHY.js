import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  credentialName,
  credentialValue
} from "./chunk-4JEQPCOM.js";

// src/image/build-label.ts
var MASK = "***";
var SHOWN_VALUE = 40;
function maskBuildArgs(args) {
  const shown = {};
  for (const [key, value] of Object.entries(args)) shown[key] = credentialName(key) || credentialValue(value) ? MASK : value;
  return shown;
}
function buildLabel(file, target, args = {}) {
  const variant = buildVariant(target, args);
  return variant ? `${file} (${variant})` : file;
}
function buildVariant(target, args = {}) {
  const parts = target ? [`target ${target}`] : [];
  for (const [key, value] of Object.entries(maskBuildArgs(args))) parts.push(`${key}=${value.length > SHOWN_VALUE ? `${value.slice(0, SHOWN_VALUE - 1)}\u2026` : value}`);
  return parts.join(", ").replace(/[\x00-\x1f\x7f]+/g, " ");
}

export {
  maskBuildArgs,
  buildLabel,
  buildVariant
};
