import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-DWVLDXCB.js";
import "./chunk-FSKY2NBL.js";
import "./chunk-OY3NZGX3.js";
import "./chunk-53RL47MI.js";
import "./chunk-SSBBGPJ5.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
