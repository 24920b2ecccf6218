import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif,
  uriReference
} from "./chunk-HHXCAFQE.js";
import "./chunk-53RL47MI.js";
import "./chunk-W6ZPCP5A.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-YWJKMPBO.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif,
  uriReference
};
