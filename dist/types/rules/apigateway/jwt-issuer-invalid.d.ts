declare const _default: import("../../src/rule-api.js").Rule<{
    readonly arn: "JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which uses the user pool ARN where the issuer needs the pool ID (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`): no token matches it.";
    readonly http: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` with `http://`: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.";
    readonly trailingSlash: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` with a trailing slash: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` exactly, so no token matches it.";
    readonly noRegion: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.";
    readonly malformed: "JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which is not `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`: no Cognito token matches it.";
}, Readonly<Record<never, string>>>;
export default _default;
