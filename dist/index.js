// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import{lint,lintInputs,ruleMetadata}from"./chunks/chunk-6BUTQ67F.js";import"./chunks/chunk-L5J2OYNS.js";import{nodeFileSystem,rules}from"./chunks/chunk-XPEMWW5J.js";import"./chunks/chunk-ZS2HVS5M.js";import"./chunks/chunk-W2IRGN5N.js";export{lint,lintInputs,nodeFileSystem,ruleMetadata,rules};
