/** Far longer than a glob anyone writes by hand; the cost of a match grows with it. */
export declare const MAX_GLOB_LENGTH = 1024;
/** Far more alternatives than a hand-written `{a,b,c}` ever has. */
export declare const MAX_BRACE_EXPANSIONS = 1000;
/** The patterns braces expand to, all together: each file is matched against every one. */
export declare const MAX_EXPANDED_LENGTH: number;
export interface Glob {
    readonly source: string;
    match(path: string): boolean;
}
/** Why a glob is not used: completes "the glob …". */
export interface GlobRefusal {
    readonly refused: string;
}
/** A compiled glob, or why it is refused. Never throws. */
export declare function compileGlob(source: string): Glob | GlobRefusal;
export declare function isGlobRefusal(glob: Glob | GlobRefusal): glob is GlobRefusal;
