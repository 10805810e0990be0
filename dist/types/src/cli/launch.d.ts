export declare function launch(): Promise<void>;
