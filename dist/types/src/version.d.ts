/** The package version, from package.json (one source of truth for --version, SARIF and reports). */
export declare function toolVersion(): string;
