export declare function writeFileAtomic(path: string, text: string): void;
