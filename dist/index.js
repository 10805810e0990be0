// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  lint,
  lintInputs,
  ruleMetadata
} from "./chunks/chunk-ABTWKKYN.js";
import "./chunks/chunk-ATQT3MMO.js";
import {
  nodeFileSystem,
  rules
} from "./chunks/chunk-RKEA7363.js";
import "./chunks/chunk-SBWCWIWY.js";
import "./chunks/chunk-S6IGY6PS.js";
export {
  lint,
  lintInputs,
  nodeFileSystem,
  ruleMetadata,
  rules
};
