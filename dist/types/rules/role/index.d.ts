declare const _default: (import("../../src/rule-api.js").Rule<{
    readonly admin: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}} ({{reasons}}): every {{who}} holds these credentials in the browser.";
}, {
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}> | import("../../src/rule-api.js").Rule<{
    readonly broad: "Role {{role}}, {{exposure}}, may {{actions}} on {{resources}} through {{via}}: every {{who}} can read all of it, not only their own data.";
}, {
    readonly conditionsIgnored: "Its condition on {{keys}} was not taken into account.";
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}> | import("../../src/rule-api.js").Rule<{
    readonly admin: "Role {{role}}, {{exposure}}, may {{actions}} on {{pools}} through {{via}}: any {{who}} can {{abilities}}.";
}, {
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}> | import("../../src/rule-api.js").Rule<{
    readonly write: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: anyone on the internet can do this without signing in.";
    readonly telemetry: "Role {{role}}, {{exposure}}, may {{actions}} on a specific resource through {{via}}: telemetry ingestion AWS documents for guests.";
    readonly telemetryAnyResource: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: telemetry ingestion AWS documents for guests, by actions that support no resource type (IAM grants them only on `*`).";
    readonly lexBot: "Role {{role}}, {{exposure}}, may {{actions}} on one Amazon Lex bot alias or version through {{via}}: the Lex web UI pattern, a guest talking to one bot.";
    readonly documented: "Role {{role}}, {{exposure}}, may {{actions}} through {{via}}: telemetry ingestion and talking to one Amazon Lex bot, the guest uses AWS documents.";
    readonly graphqlWrite: "Role {{role}}, {{exposure}}, may {{actions}} on mutation fields {{mutations}} of a GraphQL API through {{via}}: anyone on the internet can change its data without signing in.";
    readonly graphqlWriteAny: "Role {{role}}, {{exposure}}, may {{actions}} on mutations of a GraphQL API through {{via}}: anyone on the internet can change its data without signing in.";
    readonly graphqlRead: "Role {{role}}, {{exposure}}, may {{actions}} on queries, subscriptions and types of a GraphQL API, no mutation, through {{via}}: anyone on the internet can call them without signing in (IAM counts `appsync:GraphQL` as a write whatever the field).";
}, {
    readonly dormant: "The grant is dormant until the basic (classic) flow is enabled or the scope-down changes.";
}>)[];
export default _default;
