import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  fingerprint,
  renderSarif
} from "./chunk-EAY3PT7W.js";
import "./chunk-L52PBGJD.js";
import "./chunk-BA6OQRX4.js";
import "./chunk-4JEQPCOM.js";
import "./chunk-53RL47MI.js";
import "./chunk-BE2CS7BA.js";
import "./chunk-VUGGHO27.js";
export {
  fingerprint,
  renderSarif
};
