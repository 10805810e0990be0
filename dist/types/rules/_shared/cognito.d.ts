/**
 * How messages name user pools and their app clients.
 */
import type { UserPool, UserPoolClient } from '../../src/rule-api.js';
/** "user pool `Users`", for messages; `start` capitalises it to begin a sentence. */
export declare function describeUserPool(pool: UserPool, start?: boolean): string;
/** "app client `WebClient` of user pool `Users`" (without the pool when it is not in the run), for messages. */
export declare function describeClient(client: UserPoolClient, start?: boolean): string;
