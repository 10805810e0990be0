import {
  defineRule,
  exposureOf,
  guestRoles,
  grantCoversOperation,
  grantsOf,
  knownString,
  routeLabel,
  scalarAlternatives,
  sameDeployment,
  stepDown,
  survivesGuestScopeDown,
  type Operation,
  type SourceRef,
} from '../../src/rule-api.js';
import { policySourceLabel } from '../_shared/policies.js';
import { EXPOSURE_NOTES, exposureNotes } from '../_shared/exposure.js';
import { methodLabel } from '../_shared/apis.js';

interface IamOperation extends Operation {
  label: string;
  apiName: string;
  at: SourceRef;
}

export default defineRule({
  meta: {
    id: 'apigateway/iam-auth-open-to-guests',
    description: 'An API operation authorised by IAM must not be invocable by a guest (unauthenticated) role',
    severity: 'high',
    messages: {
      open: '{{operation}} of API {{api}} requires IAM authorization, but role {{role}} may `execute-api:Invoke` it through {{via}}: anyone on the internet can call it without signing in.',
    },
    notes: {
      ...EXPOSURE_NOTES,
      // The guest scope-down (docs/semantics.md#guest-scope-down): whether API Gateway is inside it is not confirmed.
      dormant:
        "In the enhanced flow Cognito's guest scope-down may drop this grant (AWS does not say whether `execute-api` is inside it); it is live as soon as the basic (classic) flow is enabled.",
    },
    fix: "Narrow the guest role's `execute-api:Invoke` resource to the operations guests may call (`arn:aws:execute-api:<region>:<account>:<api>/<stage>/GET/public/*`), or use a Cognito authorizer for signed-in users.",
    fixIn: {
      terraform:
        'Narrow the guest role\'s `execute-api:Invoke` resources to the operations guests may call (`"${aws_api_gateway_rest_api.<name>.execution_arn}/<stage>/GET/public/*"`), or use a Cognito authorizer for signed-in users.',
    },
    references: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html',
      'https://docs.aws.amazon.com/cognito/latest/developerguide/iam-roles.html',
    ],
    tags: ['apigateway', 'cognito', 'guest'],
  },
  check(context) {
    const operations = iamOperations(context.model);
    if (operations.length === 0) return;
    for (const { role, exposure } of guestRoles(context.model)) {
      for (const grant of grantsOf(role)) {
        if (!grant.actions.some((a) => a.id.toLowerCase() === 'execute-api:invoke')) continue;
        const resources = grant.statement.notResource
          ? [{ kind: 'known', value: '*' } as const]
          : (grant.statement.resource?.values ?? []).flatMap((v) => scalarAlternatives(v.value));
        for (const operation of operations) {
          // A wildcard API ID reaches the APIs of the role's own deployment, not every template of the run.
          const roleNode = role.templateResource;
          if (!roleNode || !sameDeployment(roleNode, operation.api)) continue;
          const verdicts = resources.map((r) => grantCoversOperation(r, operation));
          if (!verdicts.includes(true)) {
            if (verdicts.includes('unknown'))
              context.unresolved(
                `Role ${role.name}: the execute-api resource of its grant could not be resolved against ${operation.label}.`,
                grant.statement.source,
              );
            continue;
          }
          // The guest scope-down (docs/semantics.md#guest-scope-down): whether API Gateway is inside it is not confirmed.
          const dormant = exposure.guestScopedDown && !survivesGuestScopeDown('execute-api:Invoke');
          context.report({
            messageId: 'open',
            data: {
              operation: `\`${operation.label}\``,
              api: `\`${operation.apiName}\``,
              role: `\`${role.name}\``,
              via: policySourceLabel(grant.source.via),
            },
            at: operation.at,
            notes: [...exposureNotes(exposure, { guest: true }), ...(dormant ? [{ id: 'dormant' as const }] : [])],
            severity: dormant ? stepDown('high') : 'high',
            key: `${role.name}`,
          });
        }
      }
    }
  },
});

/**
 * REST methods and HTTP routes with `AuthorizationType: AWS_IAM`, SAM events authorised by IAM, and OpenAPI
 * operations secured by SigV4; an operation both a SAM event and its API's `DefinitionBody` define is listed once.
 */
function iamOperations(model: Parameters<typeof exposureOf>[0]): IamOperation[] {
  const out: IamOperation[] = [];
  const { restMethods, httpRoutes, restApis, httpApis, samEvents } = model.apiEntities;
  for (const method of restMethods) {
    const verb = knownString(method.httpMethod.value);
    const api = method.api?.templateResource;
    if (knownString(method.authorizationType.value) !== 'AWS_IAM' || !verb || !api || method.path === '<?>') continue;
    out.push({
      api,
      method: verb.toUpperCase(),
      path: method.path,
      label: methodLabel(method),
      apiName: method.api!.name,
      at: method.authorizationType.source,
    });
  }
  for (const route of httpRoutes) {
    const key = knownString(route.routeKey.value);
    const api = route.api?.templateResource;
    if (knownString(route.authorizationType.value) !== 'AWS_IAM' || !key || !api) continue;
    const [verb, path] = key === '$default' ? ['ANY', '/'] : key.split(' ');
    out.push({
      api,
      method: (verb ?? 'ANY').toUpperCase(),
      path: path ?? '/',
      label: routeLabel(route),
      apiName: route.api!.name,
      at: route.authorizationType.source,
    });
  }
  // SAM events authorised by IAM: their own `Auth.Authorizer: AWS_IAM`, or the API's `DefaultAuthorizer: AWS_IAM`.
  for (const event of samEvents) {
    const api = event.api?.templateResource;
    const authorizer =
      event.authorizer.value.kind === 'absent' ? event.api?.samAuth?.defaultAuthorizer.value : event.authorizer.value;
    if (!api || !authorizer || knownString(authorizer)?.toUpperCase() !== 'AWS_IAM') continue;
    const path = event.path.value.kind === 'absent' ? '/' : knownString(event.path.value);
    const verb = event.method.value.kind === 'absent' ? 'ANY' : knownString(event.method.value)?.toUpperCase();
    if (path === undefined || verb === undefined) continue;
    out.push({
      api,
      method: verb === 'X-AMAZON-APIGATEWAY-ANY-METHOD' ? 'ANY' : verb,
      path,
      label: event.label,
      apiName: event.api!.name,
      at: event.authorizer.value.kind === 'absent' ? event.propertiesSource : event.authorizer.source,
    });
  }
  for (const api of [...restApis, ...httpApis]) {
    if (!api.templateResource) continue;
    for (const operation of api.definition.operations) {
      const sigv4 = operation.security?.some((alternative) =>
        alternative.some((entry) => entry.scheme?.authType === 'awssigv4'),
      );
      if (!sigv4) continue;
      out.push({
        api: api.templateResource,
        method: operation.method,
        path: operation.path,
        label: `${operation.method} ${operation.path}`,
        apiName: api.name,
        at: operation.securitySource ?? operation.source,
      });
    }
  }
  const seen = new Map<Operation['api'], Set<string>>();
  return out.filter((operation) => {
    const keys = seen.get(operation.api) ?? new Set<string>();
    seen.set(operation.api, keys);
    const key = `${operation.method} ${operation.path}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}
