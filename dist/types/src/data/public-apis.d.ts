/** Every listed action (`cognito-identity:GetId`), as the data file spells it. */
export declare function publicApiActions(): readonly string[];
/** Is the action an operation AWS authorises without IAM (action names are case-insensitive)? */
export declare function isPublicApiAction(action: {
    service: string;
    id: string;
}): boolean;
