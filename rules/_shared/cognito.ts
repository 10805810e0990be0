/**
 * How messages name user pools and their app clients.
 */
import type { UserPool, UserPoolClient } from '../../src/rule-api.js';

/** "user pool `Users`", for messages; `start` capitalises it to begin a sentence. */
export function describeUserPool(pool: UserPool, start = false): string {
  return `${start ? 'User' : 'user'} pool \`${pool.name}\``;
}

/** "app client `WebClient` of user pool `Users`" (without the pool when it is not in the run), for messages. */
export function describeClient(client: UserPoolClient, start = false): string {
  const name = `${start ? 'App' : 'app'} client \`${client.name}\``;
  return client.userPool ? `${name} of ${describeUserPool(client.userPool)}` : name;
}
