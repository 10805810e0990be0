declare const _default: import("../../src/rule-api.js").Rule<"noProviderArns" | "emptyProviderArns" | "notUserPoolArn" | "notUserPoolArns" | "identitySourceMissing" | "identitySourceNotHeader" | "methodNoAuthorizer" | "authorizerOfOtherApi" | "authorizerWrongType">;
export default _default;
