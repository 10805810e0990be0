export declare class MissingDataError extends Error {
}
export declare function builtDataPath(relativePath: string): string;
/** Parse a JSON file of dist/data/. */
export declare function readBuiltData(relativePath: string): unknown;
/** Parse the JSON at a byte range of a dist/data/ file (one line of a JSON-lines file). */
export declare function readBuiltDataRange(relativePath: string, offset: number, length: number): unknown;
