import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-KERUZX4Q.js";
import "./chunk-4HY52QQC.js";
import "./chunk-OY3NZGX3.js";
import "./chunk-53RL47MI.js";
import "./chunk-D35RCHJY.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
