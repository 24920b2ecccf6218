import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  repositoryRoot,
  withWorktree
} from "./chunk-WPAU4ZYR.js";
import "./chunk-QWTCEQYU.js";
import "./chunk-VUGGHO27.js";
export {
  repositoryRoot,
  withWorktree
};
