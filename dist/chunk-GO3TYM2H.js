import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-OALIJ5KJ.js";
import "./chunk-53RL47MI.js";
import "./chunk-DICVBSTL.js";
import "./chunk-OY3NZGX3.js";
import "./chunk-SSBBGPJ5.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
