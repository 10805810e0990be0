import {
  alternatives,
  defineRule,
  describe,
  someAlternative,
  writtenText,
  type ListProperty,
  type Resolved,
  type Tri,
} from '../../src/rule-api.js';
import { describeClient } from '../_shared/cognito.js';

export default defineRule({
  meta: {
    id: 'user-pool/client-insecure-callback',
    description: 'App client callback and logout URLs must use HTTPS (http:// only for localhost)',
    severity: 'medium',
    messages: {
      callback:
        '{{client}} accepts the callback URL `{{url}}` over plain HTTP: authorization codes and tokens reach it unencrypted, readable and replaceable by anyone on the network path.',
      logout:
        '{{client}} accepts the sign-out URL `{{url}}` over plain HTTP: users are sent to it unencrypted, where anyone on the network path can replace the page.',
    },
    fix: 'Use `https://` for every `CallbackURLs` and `LogoutURLs` entry; keep `http://` only for `http://localhost` during development (or a custom scheme such as `myapp://` for native apps).',
    fixIn: {
      terraform:
        'Use `https://` for every `callback_urls` and `logout_urls` entry of the `aws_cognito_user_pool_client`; keep `http://` only for `http://localhost` during development (or a custom scheme such as `myapp://` for native apps).',
    },
    references: [
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cognito-userpoolclient.html',
      'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html',
      'https://datatracker.ietf.org/doc/html/rfc6749#section-3.1.2.1',
      'https://datatracker.ietf.org/doc/html/rfc8252#section-7.3',
    ],
    tags: ['user-pool', 'oauth'],
  },
  check(context) {
    for (const client of context.model.userPoolEntities.clients) {
      check(client.callbackURLs, 'callback', 'CallbackURLs');
      check(client.logoutURLs, 'logout', 'LogoutURLs');

      function check(list: ListProperty, messageId: 'callback' | 'logout', property: string): void {
        let undecided = !list.known;
        for (const item of list.items) {
          const insecureUrl = someAlternative(item.value, isInsecureUrl);
          if (insecureUrl === true) {
            // Name the URL as written; for an `Fn::If`, only its insecure alternative(s).
            const insecure = alternatives(item.value).filter((alt) => isInsecureUrl(alt) === true);
            const written = insecure.length === 1 && insecure[0] === item.value ? writtenText(item.source) : undefined;
            const url = written ?? insecure.map(describe).join('` or `');
            context.report({
              messageId,
              data: { client: describeClient(client, true), url },
              at: item.source,
              resource: client.resource,
            });
          } else if (insecureUrl === 'unknown') {
            undecided = true;
          }
        }
        if (undecided)
          context.unresolved(
            `App client ${client.name}: some ${property} are not statically known, so plain HTTP was not ruled out.`,
            list.source,
          );
      }
    }
  },
});

/**
 * Is this URL `http://` on a host other than `localhost` (or a loopback address)? Cognito "requires
 * HTTPS over HTTP except for http://localhost". A URL built from parts is judged by its fixed parts: the scheme must be
 * known, and the host is not localhost when a fixed piece of it (`.s3-website-…`), or a resource's
 * generated name, cannot be part of `localhost`.
 */
function isInsecureUrl(value: Resolved): Tri {
  if (value.kind === 'absent') return false;
  const parts: Resolved[] = value.kind === 'concat' ? [...value.parts] : [value];
  // The text known from the start, and what follows it.
  let prefix = '';
  let index = 0;
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    if (part.kind !== 'known') break;
    prefix += String(part.value ?? '');
  }
  const schemeEnd = prefix.indexOf('://');
  if (schemeEnd === -1) {
    // No scheme in the fixed text: a custom scheme (`myapp:/cb`) when complete, else unknown.
    if (index === parts.length) return false;
    return /^[a-z][a-z0-9+.-]*:/i.test(prefix) && !/^https?:/i.test(prefix) ? false : 'unknown';
  }
  if (prefix.slice(0, schemeEnd).toLowerCase() !== 'http') return false;

  // Pieces of the authority (host and port), up to the first `/`, `?` or `#`.
  const pieces: Array<{ text: string } | { generated: boolean }> = [];
  let rest = prefix.slice(schemeEnd + 3);
  let ended = false;
  const take = (text: string): void => {
    const cut = text.search(/[/?#]/);
    if (cut !== -1) {
      ended = true;
      text = text.slice(0, cut);
    }
    if (text) pieces.push({ text });
  };
  take(rest);
  for (; index < parts.length && !ended; index++) {
    const part = parts[index]!;
    if (part.kind === 'known') take(String(part.value ?? ''));
    // A `Ref`/`Fn::GetAtt` of a resource is a name AWS generates (a bucket, a CloudFront domain): never `localhost`.
    else pieces.push({ generated: part.kind === 'resource' });
  }
  rest = pieces.map((p) => ('text' in p ? p.text : '\u0000')).join('');
  if (pieces.every((p) => 'text' in p)) return !isLoopback(hostOf(rest));
  if (pieces.some((p) => 'generated' in p && p.generated)) return true;
  // Some of the host is unknown: it may be loopback only if every fixed piece can be part of `localhost:<port>` or an IP literal.
  const couldBeLocalhost = pieces.every(
    (p) =>
      !('text' in p) ||
      /^[0-9.:[\]]*$/.test(p.text) ||
      'localhost'.includes(p.text.toLowerCase().replace(/:[0-9]*$/, '')),
  );
  return couldBeLocalhost ? 'unknown' : true;
}

/**
 * `localhost`, which Cognito exempts, and the loopback addresses (`127.0.0.0/8`, `[::1]`): traffic to
 * them never leaves the device, and RFC 8252 §7.3 recommends them for native apps.
 */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The host of an authority (`user@host:port`), lower case. */
function hostOf(authority: string): string {
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1).toLowerCase();
  const colon = host.indexOf(':');
  return (colon === -1 ? host : host.slice(0, colon)).toLowerCase();
}
