export declare const V8_FLAGS: readonly string[];
/** Sets V8_FLAGS when `v8Version` is one whose flags we know; says whether it did. */
export declare function tuneV8(v8Version?: string): boolean;
