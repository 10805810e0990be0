/** Absolute path of the directory holding the package's package.json. */
export declare function packageRoot(): string;
/**
 * Parse a JSON Schema shipped in `schemas/` (the run itself uses the validators compiled from them
 * at build time, src/generated/; tests and tools read the schemas themselves): `readSchema('iam-policy')` reads
 * `schemas/iam-policy.schema.json`; a name ending in `.json` is taken as the file name.
 * Returns a fresh object on every call, so callers may hand it to ajv without sharing state.
 */
export declare function readSchema(name: string): object;
