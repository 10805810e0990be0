export interface IgnoreList {
    /**
     * Whether `path` ('/'-separated, relative to the folder the patterns are relative to) is ignored:
     * the path itself, or a directory above it. `isDirectory` says what the last segment is.
     */
    ignores(path: string, isDirectory: boolean): boolean;
}
/** A line that cannot be used: its 1-based number and why (completes "the glob …"). */
export interface IgnoreLineError {
    line: number;
    refused: string;
}
/** Compiles the lines of an ignore file (or the config's `ignores`). Never throws; refused lines are listed. */
export declare function compileIgnore(lines: readonly string[]): {
    list: IgnoreList;
    errors: IgnoreLineError[];
};
