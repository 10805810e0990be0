export declare function ruleDocPath(ruleId: string): string;
export declare function ruleDocs(ruleId: string): string | undefined;
