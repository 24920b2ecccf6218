import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif,
  uriReference
} from "./chunk-YXZTBMCM.js";
import "./chunk-53RL47MI.js";
import "./chunk-6QM5TP72.js";
import "./chunk-OWECKSSG.js";
import "./chunk-OY3NZGX3.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif,
  uriReference
};
