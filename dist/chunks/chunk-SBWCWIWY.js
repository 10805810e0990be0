// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);

// src/parsers/types.ts
var UNKNOWN_TAG_KEY = "cognito-iam-lint::UnknownTag";
function escapePointerToken(token) {
  if (typeof token === "number") return String(token);
  if (!token.includes("~") && !token.includes("/")) return token;
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}
function joinPointer(base, ...tokens) {
  let out = base;
  for (const token of tokens) out += "/" + escapePointerToken(token);
  return out;
}
function splitPointer(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((t) => t.includes("~") ? t.replace(/~1/g, "/").replace(/~0/g, "~") : t);
}
function embeddedDocument(outer, pointer, data, locate) {
  return {
    file: outer.file,
    format: outer.format,
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: 0,
    text: outer.text,
    embeddedIn: { doc: outer, pointer },
    locate
  };
}

// src/core/objects.ts
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}

export {
  UNKNOWN_TAG_KEY,
  joinPointer,
  splitPointer,
  embeddedDocument,
  isPlainObject,
  own
};
