import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-7EFVFNE3.js";
import "./chunk-53RL47MI.js";
import "./chunk-Z4HWPAXZ.js";
import "./chunk-OY3NZGX3.js";
import "./chunk-OWECKSSG.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
