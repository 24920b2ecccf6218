import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif,
  uriReference
} from "./chunk-SP7C7DWN.js";
import "./chunk-53RL47MI.js";
import "./chunk-KHWZFORI.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-YWJKMPBO.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif,
  uriReference
};
