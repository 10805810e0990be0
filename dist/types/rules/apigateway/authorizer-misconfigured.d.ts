declare const _default: import("../../src/rule-api.js").Rule<{
    readonly noProviderArns: "Cognito authorizer {{authorizer}} has no `{{property}}`: it names no user pool whose tokens it accepts.";
    readonly emptyProviderArns: "Cognito authorizer {{authorizer}} has an empty `{{property}}` list: it names no user pool whose tokens it accepts.";
    readonly notUserPoolArn: "Cognito authorizer {{authorizer}} lists `{{value}}`, which is not a user pool ARN (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).";
    readonly notUserPoolArns: "Cognito authorizer {{authorizer}} lists {{values}}, which are not user pool ARNs (`arn:aws:cognito-idp:<region>:<account>:userpool/<poolId>`).";
    readonly identitySourceMissing: "{{type}} authorizer {{authorizer}} has no `{{property}}`: it must name the request header that carries the token.";
    readonly identitySourceNotHeader: "{{type}} authorizer {{authorizer}} reads the token from `{{value}}`, which is not a request header (`method.request.header.<name>`).";
    readonly methodNoAuthorizer: "{{method}} uses `COGNITO_USER_POOLS` but names no `{{property}}`.";
    readonly authorizerOfOtherApi: "{{method}} uses authorizer `{{authorizer}}`, which belongs to API `{{otherApi}}`.";
    readonly authorizerWrongType: "{{method}} has `{{property}}: {{methodType}}` but its authorizer `{{authorizer}}` is a `{{authorizerType}}` authorizer.";
}, {
    readonly refReturnsId: "`Ref` of a user pool returns its ID, not its ARN.";
    readonly attributeNotArn: "`{{attribute}}` of a user pool is not its ARN.";
    readonly useGetAttArn: "Use `Fn::GetAtt <pool>.Arn`.";
}>;
export default _default;
