/** Does Cognito's guest scope-down leave `action` (`s3:PutObject`) to guest credentials? */
export declare function survivesGuestScopeDown(action: string): boolean;
