import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-VVPXQNZ5.js";
import "./chunk-53RL47MI.js";
import "./chunk-4SSPVRQZ.js";
import "./chunk-OY3NZGX3.js";
import "./chunk-OWECKSSG.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
