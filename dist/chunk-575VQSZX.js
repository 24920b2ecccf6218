import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);
import {
  POOL_MIN_FILES,
  adoptPrestartedWorkers,
  prestartLintWorkers,
  spawnLintWorker,
  workerCount
} from "./chunk-HUCAUT67.js";
import "./chunk-VUGGHO27.js";
export {
  POOL_MIN_FILES,
  adoptPrestartedWorkers,
  prestartLintWorkers,
  spawnLintWorker,
  workerCount
};
