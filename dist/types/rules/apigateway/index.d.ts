declare const _default: (import("../../src/rule-api.js").Rule<{
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
}> | import("../../src/rule-api.js").Rule<{
    readonly open: "{{operation}} of API {{api}} requires IAM authorization, but role {{role}} may `execute-api:Invoke` it through {{via}}: anyone on the internet can call it without signing in.";
}, {
    readonly dormant: "In the enhanced flow Cognito's guest scope-down may drop this grant (AWS does not say whether `execute-api` is inside it); it is live as soon as the basic (classic) flow is enabled.";
    readonly exposureGuestSlot: "The role is the guest role of identity pool {{pool}}.";
    readonly exposureUnauthenticatedSlot: "The role is the unauthenticated role of identity pool {{pool}}, which may allow guests.";
    readonly exposureNoAudGuests: "Any identity pool's guests can assume the role because its trust does not pin `aud`.";
    readonly exposureNoAudSignedIn: "Anyone can assume the role by signing in to an identity pool of their own because its trust does not pin `aud`.";
    readonly exposureNoAud: "Users of any identity pool can assume the role because its trust does not pin `aud`.";
    readonly exposureClassicFlowGuestAmr: "Guests of identity pool {{pool}} can pick the role through the basic (classic) flow because its `amr` condition admits `unauthenticated`.";
    readonly exposureClassicFlowGuestNoAmr: "Guests of identity pool {{pool}} can pick the role through the basic (classic) flow because its trust has no `amr` condition.";
    readonly exposureAuthenticatedSlot: "The role is the authenticated role of identity pool {{pool}}.";
    readonly exposureAuthenticatedSlotOutside: "The role is the authenticated role of an identity pool outside the linted files.";
    readonly exposureClassicFlow: "Any signed-in user of identity pool {{pool}} can pick the role through the basic (classic) flow.";
    readonly exposureOpenerSignUp: "Anyone can get the role by signing up to user pool {{userPool}}.";
    readonly exposureOpenerSocial: "Anyone can get the role by signing in with {{providers}}.";
    readonly exposureOpenerAnySocial: "Anyone can get the role with a social login.";
    readonly exposureRulesMapping: "A Rules mapping of identity pool {{pool}} chooses the role.";
    readonly exposureRulesMappingOutside: "A Rules mapping of an identity pool outside the linted files chooses the role.";
    readonly exposureRulesMappingClaim: "A Rules mapping of identity pool {{pool}} chooses the role on `{{claim}}`.";
    readonly exposureRulesMappingClaimOutside: "A Rules mapping of an identity pool outside the linted files chooses the role on `{{claim}}`.";
    readonly exposureClaimFixed: "Users cannot set `{{claim}}`.";
    readonly exposureClaimWritable: "Any signed-in user can set `{{claim}}`.";
    readonly exposureClaimSignUp: "Anyone who signs up to user pool {{userPool}} can set `{{claim}}`.";
    readonly exposureClaimMaybe: "Users may be able to set `{{claim}}`.";
    readonly exposureGroupRole: "The role belongs to user pool group {{group}}.";
    readonly exposureUnattached: "No identity pool in the linted files hands the role out.";
    readonly exposureDormantNoGuests: "No user can obtain the role today because identity pool {{pool}} does not allow guests.";
    readonly exposureGuestsUnknownOutside: "The role is the unauthenticated role of an identity pool outside the linted files, which is not known to allow guests.";
    readonly exposureDormantRefusesGuests: "No user can obtain the role today because its trust refuses the guest tokens of identity pool {{pool}}.";
    readonly exposureDormantRefusesGuestsOutside: "No user can obtain the role today because its trust refuses the guest tokens of its identity pool, outside the linted files.";
    readonly exposureDormantRefusesSignedIn: "No user can obtain the role today because its trust refuses the signed-in tokens of identity pool {{pool}}.";
    readonly exposureDormantRefusesSignedInOutside: "No user can obtain the role today because its trust refuses the signed-in tokens of its identity pool, outside the linted files.";
    readonly exposureDormantExcludesPool: "No user can obtain the role today because its trust does not admit identity pool {{pool}}.";
    readonly exposureDormantExcludesPoolOutside: "No user can obtain the role today because its trust does not admit its identity pool, outside the linted files.";
    readonly exposureNotIdentityPoolRole: "The role is not an identity-pool role.";
    readonly exposureIdentityPoolRole: "The role is an identity-pool role.";
}> | import("../../src/rule-api.js").Rule<{
    readonly missing: "JWT authorizer {{authorizer}} has no `{{property}}`: API Gateway needs the app client IDs whose tokens it accepts.";
    readonly empty: "JWT authorizer {{authorizer}} has an empty `{{property}}`: it names no app client whose tokens it accepts.";
    readonly wildcard: "JWT authorizer {{authorizer}} lists `{{value}}` in `{{property}}`: AWS documents audience entries as values the token's `aud` or `client_id` must match, not patterns, so the entry either matches no token or was meant to accept tokens of any client.";
    readonly userPool: "JWT authorizer {{authorizer}} lists `{{value}}` in `{{property}}`, which names the user pool, not an app client: Cognito tokens carry the app client ID in `aud` (ID token) or `client_id` (access token).";
    readonly otherPool: "JWT authorizer {{authorizer}} lists app client `{{client}}` of user pool `{{clientPool}}` in `{{property}}`, but its issuer is user pool `{{issuerPool}}`: no token is valid for both.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly arn: "JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which uses the user pool ARN where the issuer needs the pool ID (`https://cognito-idp.<region>.amazonaws.com/<userPoolId>`): no token matches it.";
    readonly http: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` with `http://`: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.";
    readonly trailingSlash: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` with a trailing slash: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>` exactly, so no token matches it.";
    readonly noRegion: "JWT authorizer {{authorizer}} has issuer `{{issuer}}` without the region: Cognito tokens carry `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`, so no token matches it.";
    readonly malformed: "JWT authorizer {{authorizer}} has issuer `{{issuer}}`, which is not `https://cognito-idp.<region>.amazonaws.com/<userPoolId>`: no Cognito token matches it.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly openAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`) although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openNone: "{{method}} has `{{property}}: NONE` although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openMaybeNone: "{{method}} has an `{{property}}` that may be `NONE` although the API has authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openUnnamedAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`): anyone who can reach the API can call it.";
    readonly openUnnamedNone: "{{method}} has `{{property}}: NONE`: anyone who can reach the API can call it.";
    readonly openUnnamedMaybeNone: "{{method}} has an `{{property}}` that may be `NONE`: anyone who can reach the API can call it.";
    readonly noAuthorizerAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`), and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly noAuthorizerNone: "{{method}} has `{{property}}: NONE`, and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly noAuthorizerMaybeNone: "{{method}} has an `{{property}}` that may be `NONE`, and the API has no authorizer at all: anyone who can reach the API can call it.";
    readonly apiKeyOnlyAbsent: "{{method}} has no `{{property}}` (API Gateway then uses `NONE`) and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
    readonly apiKeyOnlyNone: "{{method}} has `{{property}}: NONE` and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
    readonly apiKeyOnlyMaybeNone: "{{method}} has an `{{property}}` that may be `NONE` and relies on an API key (`{{apiKey}}: true`), which identifies a client but does not authenticate anyone: whoever holds the key can call it.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly openAbsent: "Route `{{route}}` of HTTP API `{{api}}` has no `{{property}}` (API Gateway then uses `NONE`) although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openNone: "Route `{{route}}` of HTTP API `{{api}}` has `{{property}}: NONE` although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openMaybeNone: "Route `{{route}}` of HTTP API `{{api}}` has an `{{property}}` that may be `NONE` although the API has JWT authorizer {{authorizers}}: anyone who can reach the API can call it.";
    readonly openDefaultAbsent: "Route `$default` of HTTP API `{{api}}` has no `{{property}}` (API Gateway then uses `NONE`) although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
    readonly openDefaultNone: "Route `$default` of HTTP API `{{api}}` has `{{property}}: NONE` although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
    readonly openDefaultMaybeNone: "Route `$default` of HTTP API `{{api}}` has an `{{property}}` that may be `NONE` although the API has JWT authorizer {{authorizers}}: every request that matches no other route reaches its integration without a token.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly noDefault: "API `{{api}}` defines Cognito authorizer {{authorizers}} but no `DefaultAuthorizer`, so function events that set no `Auth.Authorizer` are open to anyone: {{events}}.";
    readonly explicitNone: "Function event `{{event}}` (`{{route}}` on API `{{api}}`) sets `Auth.Authorizer: NONE`, which removes the default authorizer `{{default}}`: anyone can call it.";
}, Readonly<Record<never, string>>> | import("../../src/rule-api.js").Rule<{
    readonly method: "{{method}} requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
    readonly samAuthorizer: "Cognito authorizer `{{authorizer}}` of API `{{api}}` requires scopes {{scopes}} on every method that uses it: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
    readonly samEvent: "Function event `{{event}}` (`{{route}}` on API `{{api}}`) requires scopes {{scopes}}: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
    readonly operation: "{{route}} of API `{{api}}` requires scopes {{scopes}} of Cognito scheme `{{scheme}}`: API Gateway then accepts only access tokens, so a client that sends the ID token gets 401 Unauthorized.";
}, Readonly<Record<never, string>>>)[];
export default _default;
