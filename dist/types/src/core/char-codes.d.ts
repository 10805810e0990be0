/** Character codes the hand-written scanners compare against (`text.charCodeAt(i)`). */
export declare const TAB = 9;
export declare const LF = 10;
export declare const CR = 13;
export declare const SPACE = 32;
export declare const QUOTE = 34;
export declare const COLON = 58;
export declare const OPEN_BRACKET = 91;
export declare const BACKSLASH = 92;
export declare const CLOSE_BRACKET = 93;
export declare const OPEN_BRACE = 123;
export declare const CLOSE_BRACE = 125;
