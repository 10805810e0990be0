import { type GrammarProblem } from '../../src/rule-api.js';
declare const _default: import("../../src/rule-api.js").Rule<{
    readonly unknownPolicyKey: "In {{policy}}: Policy key `{{key}}` is not part of the IAM grammar; a policy has only `Version`, `Id` and `Statement`.";
    readonly unknownPolicyKeySuggestion: "In {{policy}}: Policy key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly unknownStatementKey: "In {{policy}}: Statement key `{{key}}` is not part of the IAM grammar.";
    readonly unknownStatementKeySuggestion: "In {{policy}}: Statement key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly unknownPrincipalType: "In {{policy}}: Principal type `{{key}}` is not part of the IAM grammar; use `AWS`, `Federated`, `Service` or `CanonicalUser`.";
    readonly unknownPrincipalTypeSuggestion: "In {{policy}}: Principal type `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly unknownKey: "In {{policy}}: Key `{{key}}` is not part of the IAM grammar.";
    readonly unknownKeySuggestion: "In {{policy}}: Key `{{key}}` is not part of the IAM grammar; did you mean `{{suggestion}}`?";
    readonly keyNotAllowed: "In {{policy}}: Key `{{key}}` is not allowed here.";
    readonly effect: "In {{policy}}: `Effect` must be `Allow` or `Deny` (case-sensitive).";
    readonly version: "In {{policy}}: `Version` must be `2012-10-17` or `2008-10-17`.";
    readonly principal: "In {{policy}}: `{{element}}` must be `\"*\"` or an object of principal types such as `{\"AWS\": …}` or `{\"Federated\": …}`.";
    readonly principalInIdentity: "In {{policy}}: Statement has `{{key}}`, which an identity-based policy cannot have (IAM rejects it: the principal is whoever the policy is attached to).";
    readonly resourceInTrust: "In {{policy}}: Statement has `{{key}}`, which a role trust policy cannot have (IAM rejects it: the resource is the role itself).";
    readonly exclusiveElements: "In {{policy}}: Statement has both `{{counterpart}}` and `{{key}}`; use one of them.";
    readonly conditionOperator: "In {{policy}}: `{{operator}}` is not an IAM condition operator.";
    readonly conditionOperatorSuggestion: "In {{policy}}: `{{operator}}` is not an IAM condition operator; did you mean `{{suggestion}}`?";
    readonly nullIfExists: "In {{policy}}: `{{operator}}` is not an IAM condition operator: `Null` does not take the `IfExists` suffix.";
    readonly conditionValue: "In {{policy}}: The value of condition key `{{conditionKey}}` under `{{operator}}` must be a string, number or boolean, or a list of them.";
    readonly conditionValueItem: "In {{policy}}: Each value of condition key `{{conditionKey}}` under `{{operator}}` must be a string, number or boolean.";
    readonly sidFormatIdentity: "In {{policy}}: In an identity-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).";
    readonly sidFormatTrust: "In {{policy}}: In a role trust policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).";
    readonly sidFormatResource: "In {{policy}}: In a resource-based policy a `Sid` may contain only letters and digits (A-Z, a-z, 0-9).";
    readonly duplicateSid: "In {{policy}}: `Sid` `{{sid}}` is already used by the statement at `{{first}}`; a Sid must be unique within a policy.";
    readonly sizeManaged: "In {{policy}}: Policy is {{length}} characters long without whitespace; a managed policy may have at most {{limit}}.";
    readonly sizeManagedAtLeast: "In {{policy}}: Policy is at least {{length}} characters long without whitespace; a managed policy may have at most {{limit}}.";
    readonly sizeTrust: "In {{policy}}: Policy is {{length}} characters long without whitespace; a role trust policy may have at most {{limit}}.";
    readonly sizeTrustAtLeast: "In {{policy}}: Policy is at least {{length}} characters long without whitespace; a role trust policy may have at most {{limit}}.";
    readonly sizeGiven: "In {{policy}}: Policy is {{length}} characters long without whitespace; this policy may have at most {{limit}}.";
    readonly sizeGivenAtLeast: "In {{policy}}: Policy is at least {{length}} characters long without whitespace; this policy may have at most {{limit}}.";
    readonly missingStatement: "In {{policy}}: Policy has no `Statement`.";
    readonly missingEffect: "In {{policy}}: Statement has no `Effect`; it must say `Allow` or `Deny`.";
    readonly missingAction: "In {{policy}}: Statement has neither `Action` nor `NotAction`.";
    readonly missingPrincipalTrust: "In {{policy}}: Statement has neither `Principal` nor `NotPrincipal`, which a role trust policy statement requires.";
    readonly missingPrincipalResource: "In {{policy}}: Statement has neither `Principal` nor `NotPrincipal`, which a resource-based policy statement requires.";
    readonly missingResourceIdentity: "In {{policy}}: Statement has neither `Resource` nor `NotResource`, which an identity-based policy statement requires.";
    readonly missingResourceResource: "In {{policy}}: Statement has neither `Resource` nor `NotResource`, which a resource-based policy statement requires.";
    readonly missingElement: "In {{policy}}: Statement has no `{{missing}}`.";
    readonly typePolicy: "In {{policy}}: A policy document must be an object.";
    readonly typeStatement: "In {{policy}}: A statement must be an object.";
    readonly typePrincipalTypeItem: "In {{policy}}: Each `{{principalType}}` principal must be a string.";
    readonly typePrincipalType: "In {{policy}}: `{{element}}` `{{principalType}}` must be a string or a list of strings.";
    readonly typeConditionOperator: "In {{policy}}: Condition operator `{{operator}}` must map condition keys to values.";
    readonly typeStatementList: "In {{policy}}: `Statement` must be a statement object or a list of them.";
    readonly typeStringListItem: "In {{policy}}: Each `{{element}}` entry must be a string.";
    readonly typeStringList: "In {{policy}}: `{{element}}` must be a string or a list of strings.";
    readonly typePrincipal: "In {{policy}}: `{{element}}` must be `\"*\"` or an object of principal types such as `{\"AWS\": …}`.";
    readonly typeCondition: "In {{policy}}: `Condition` must be an object of condition operators.";
    readonly typeString: "In {{policy}}: `{{element}}` must be a string.";
    readonly typeOther: "In {{policy}}: The value at `{{pointer}}` has the wrong type for the IAM grammar.";
    readonly typeCycle: "In {{policy}}: This value contains itself (a YAML alias loop), which no policy can.";
    readonly typeDepth: "In {{policy}}: The policy is nested more than {{depth}} levels deep here.";
    readonly typeKeyword: "In {{policy}}: The value at `{{pointer}}` does not match the IAM grammar (JSON Schema keyword `{{keyword}}`).";
    readonly roleInlineSize: "The inline policies of role {{role}} add up to {{length}} characters without whitespace; IAM allows at most {{limit}} per role, so the stack will fail to deploy.";
}, {
    readonly found: "Found {{value}}.";
    readonly foundEmptyString: "Found an empty string.";
    readonly foundList: "Found a list.";
    readonly foundObject: "Found an object.";
    readonly foundFunction: "Found a `{{function}}` function.";
    readonly foundNothing: "Found nothing.";
}>;
export default _default;
/**
 * The message of one grammar problem: its ID (by code, and by place where the sentence differs)
 * and its data (with the key or operator it most likely misspells, where there is one).
 */
export declare function grammarMessage(problem: GrammarProblem, policy: string): {
    messageId: "typeCycle";
    data: {
        policy: string;
        pointer: string;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeDepth";
    data: {
        policy: string;
        pointer: string;
        depth: number;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeKeyword";
    data: {
        policy: string;
        pointer: string;
        keyword: string;
        depth?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typePolicy";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeStatement";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typePrincipalTypeItem";
    data: {
        policy: string;
        principalType: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typePrincipalType";
    data: {
        policy: string;
        element: string;
        principalType: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeConditionOperator";
    data: {
        policy: string;
        operator: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
    };
} | {
    messageId: "typeStatementList";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeStringListItem" | "typeStringList";
    data: {
        policy: string;
        element: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typePrincipal";
    data: {
        policy: string;
        element: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeCondition";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeString";
    data: {
        policy: string;
        element: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "typeOther";
    data: {
        policy: string;
        pointer: string;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    messageId: "keyNotAllowed";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownPolicyKeySuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownPolicyKey";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownStatementKeySuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownStatementKey";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownPrincipalTypeSuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownPrincipalType";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownKeySuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "unknownKey";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "effect";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "version";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "principal";
    data: {
        policy: string;
        element: string;
        key?: undefined;
        suggestion?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "principalInIdentity";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "resourceInTrust";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "exclusiveElements";
    data: {
        policy: string;
        key: string;
        counterpart: string;
        suggestion?: undefined;
        element?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "nullIfExists";
    data: {
        policy: string;
        operator: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "conditionOperatorSuggestion";
    data: {
        policy: string;
        operator: string;
        suggestion: string;
        key?: undefined;
        element?: undefined;
        counterpart?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "conditionOperator";
    data: {
        policy: string;
        operator: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "conditionValue" | "conditionValueItem";
    data: {
        policy: string;
        conditionKey: string;
        operator: string;
    };
} | {
    messageId: "sidFormatIdentity" | "sidFormatTrust" | "sidFormatResource";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "duplicateSid";
    data: {
        policy: string;
        sid: string;
        first: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "sizeManaged" | "sizeManagedAtLeast" | "sizeTrust" | "sizeTrustAtLeast" | "sizeGiven" | "sizeGivenAtLeast";
    data: {
        policy: string;
        length: string;
        limit: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "missingStatement";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "missingEffect";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "missingAction";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "missingPrincipalTrust" | "missingPrincipalResource";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "missingResourceIdentity" | "missingResourceResource";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    messageId: "missingElement";
    data: {
        policy: string;
        missing: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeCycle";
    data: {
        policy: string;
        pointer: string;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeDepth";
    data: {
        policy: string;
        pointer: string;
        depth: number;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeKeyword";
    data: {
        policy: string;
        pointer: string;
        keyword: string;
        depth?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typePolicy";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeStatement";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typePrincipalTypeItem";
    data: {
        policy: string;
        principalType: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typePrincipalType";
    data: {
        policy: string;
        element: string;
        principalType: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeConditionOperator";
    data: {
        policy: string;
        operator: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeStatementList";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeStringListItem" | "typeStringList";
    data: {
        policy: string;
        element: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typePrincipal";
    data: {
        policy: string;
        element: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeCondition";
    data: {
        policy: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeString";
    data: {
        policy: string;
        element: string;
        pointer?: undefined;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "typeOther";
    data: {
        policy: string;
        pointer: string;
        depth?: undefined;
        keyword?: undefined;
        principalType?: undefined;
        element?: undefined;
        operator?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "keyNotAllowed";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownPolicyKeySuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownPolicyKey";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownStatementKeySuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownStatementKey";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownPrincipalTypeSuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownPrincipalType";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownKeySuggestion";
    data: {
        policy: string;
        key: string;
        suggestion: string;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "unknownKey";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "effect";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "version";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "principal";
    data: {
        policy: string;
        element: string;
        key?: undefined;
        suggestion?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "principalInIdentity";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "resourceInTrust";
    data: {
        policy: string;
        key: string;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "exclusiveElements";
    data: {
        policy: string;
        key: string;
        counterpart: string;
        suggestion?: undefined;
        element?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "nullIfExists";
    data: {
        policy: string;
        operator: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "conditionOperatorSuggestion";
    data: {
        policy: string;
        operator: string;
        suggestion: string;
        key?: undefined;
        element?: undefined;
        counterpart?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "conditionOperator";
    data: {
        policy: string;
        operator: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "conditionValue" | "conditionValueItem";
    data: {
        policy: string;
        conditionKey: string;
        operator: string;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "sidFormatIdentity" | "sidFormatTrust" | "sidFormatResource";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "duplicateSid";
    data: {
        policy: string;
        sid: string;
        first: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "sizeManaged" | "sizeManagedAtLeast" | "sizeTrust" | "sizeTrustAtLeast" | "sizeGiven" | "sizeGivenAtLeast";
    data: {
        policy: string;
        length: string;
        limit: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "missingStatement";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "missingEffect";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "missingAction";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "missingPrincipalTrust" | "missingPrincipalResource";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "missingResourceIdentity" | "missingResourceResource";
    data: {
        policy: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
        missing?: undefined;
    };
} | {
    notes: ({
        id: "foundEmptyString";
        data?: undefined;
    } | {
        id: "found";
        data: {
            value: string;
            function?: undefined;
        };
    } | {
        id: "foundList";
        data?: undefined;
    } | {
        id: "foundFunction";
        data: {
            function: string;
            value?: undefined;
        };
    } | {
        id: "foundObject";
        data?: undefined;
    } | {
        id: "foundNothing";
        data?: undefined;
    })[];
    messageId: "missingElement";
    data: {
        policy: string;
        missing: string;
        key?: undefined;
        suggestion?: undefined;
        element?: undefined;
        counterpart?: undefined;
        operator?: undefined;
        sid?: undefined;
        first?: undefined;
        length?: undefined;
        limit?: undefined;
    };
};
