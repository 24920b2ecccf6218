import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-KCNVK7GJ.js";
import "./chunk-BA6OQRX4.js";
import "./chunk-53RL47MI.js";
import "./chunk-LIDPIV3O.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-YWJKMPBO.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
