import { type AwsService } from '../inputs/aws-account.js';
export interface AccountRequest {
    /** A profile of the shared config files (`--profile`); default: the SDK's (`AWS_PROFILE`, else `default`). */
    profile?: string;
    /** Regions whose Cognito pools are read (`--region`, repeatable); default: the SDK's default region. */
    regions: string[];
    /** The services read (`--aws-services`); default: {@link DEFAULT_SERVICES}. */
    services?: readonly AwsService[];
}
export interface AccountRead {
    /** The snapshot: `get-account-authorization-details` output plus `Cognito: [{Region, IdentityPools, UserPools}]`. */
    snapshot: Record<string, unknown>;
    /** The calls that failed (also the snapshot's `Incomplete`). Empty when all was read. */
    failures: AccountFailure[];
    /** The account the roles belong to (from their ARNs), when any was read. */
    accountId: string | undefined;
}
/**
 * A call that failed, as the snapshot's `Incomplete` records it: `Call` names it (with the pool or
 * page it was for), `Message` says what happened; `failureLine` is the line the run prints.
 */
export interface AccountFailure {
    Call: string;
    Region?: string;
    Message: string;
}
/** No region given and none configured: the only failure that stops the read before any call. */
export declare class NoRegionError extends Error {
}
export declare function readAccount(request: AccountRequest): Promise<AccountRead>;
/** One line: what happened, and the service's own words (first line only; they never hold secrets). */
export declare function describeError(error: unknown): string;
