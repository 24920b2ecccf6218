import { createRequire as __shipshapeRequire } from 'node:module'; const require = __shipshapeRequire(import.meta.url);

// src/core/v8-tuning.ts
import { setFlagsFromString } from "node:v8";
var INTERRUPT_BUDGET = 2e6;
if (!`${process.env.NODE_OPTIONS ?? ""} ${process.execArgv.join(" ")}`.includes("interrupt-budget")) {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
