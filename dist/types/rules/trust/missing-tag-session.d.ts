declare const _default: import("../../src/rule-api.js").Rule<{
    readonly missing: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, its authenticated role, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingMappingRule: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, chosen by its role-mapping rule {{rule}} for this provider, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
    readonly missingGroupRole: "Identity pool {{pool}} maps principal tags ({{tags}}) for {{provider}}, but role {{role}}, the role of user pool group `{{group}}`, does not allow `sts:TagSession` in the statement that allows `sts:AssumeRoleWithWebIdentity`: STS refuses to issue tagged credentials for it, so those users get no credentials.";
}, Readonly<Record<never, string>>>;
export default _default;
