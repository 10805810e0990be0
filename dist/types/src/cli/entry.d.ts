/** Runs the command on this process's arguments and streams; resolves to the exit code. */
export declare function runProcess(): Promise<number>;
/**
 * Is what this process ran worth keeping as the code cache: a lint run, which compiles the
 * parsers, the model and the rules? `--help` or `--version` compile little, and a cache made by
 * one would be used, never bettered, by every later run.
 */
export declare function writesCodeCache(): boolean;
