declare const _default: import("../../src/rule-api.js").Rule<{
    readonly noDefault: "API `{{api}}` defines Cognito authorizer {{authorizers}} but no `DefaultAuthorizer`, so function events that set no `Auth.Authorizer` are open to anyone: {{events}}.";
    readonly explicitNone: "Function event `{{event}}` (`{{route}}` on API `{{api}}`) sets `Auth.Authorizer: NONE`, which removes the default authorizer `{{default}}`: anyone can call it.";
}, Readonly<Record<never, string>>>;
export default _default;
