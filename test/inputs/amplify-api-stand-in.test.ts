/**
 * The REST API an Amplify api resource's cli-inputs.json stands in with (src/inputs/amplify-api-stand-in.ts): the
 * OpenAPI body apigw-stack-builder.ts writes, the role grants consolidate-apigw-policies.ts writes, and where each
 * node is located. The findings these give are asserted end to end in test/e2e/amplify-projects.test.ts (cli-inputs-rest).
 */
import { describe, expect, it } from 'vitest';
import { isRestApiCliInputs, restApiStandIn } from '../../src/inputs/amplify-api-stand-in.js';
import { parseText } from '../../src/parsers/index.js';

const INPUTS = {
  version: 1,
  paths: {
    '/items': {
      name: '/items',
      lambdaFunction: 'fn',
      permissions: { setting: 'protected', auth: ['create', 'read', 'update', 'delete'], guest: ['read', 'update'] },
    },
    '/items/{id}': { name: '/items/{id}', lambdaFunction: 'fn', permissions: { setting: 'private', auth: ['delete'] } },
    '/hook': { name: '/hook', lambdaFunction: 'hookfn', permissions: { setting: 'open' } },
  },
};

function build(withRolePolicies = true) {
  const source = parseText('amplify/backend/api/shop/cli-inputs.json', JSON.stringify(INPUTS, null, 2));
  if (!isRestApiCliInputs(source.data)) throw new Error('not REST API inputs');
  return restApiStandIn(source, source.data, 'shop', withRolePolicies);
}

type Template = { Parameters: Record<string, unknown>; Resources: Record<string, { Properties: unknown }> };
/** The value at a path of keys in plain data. */
const at = (data: unknown, ...keys: Array<string | number>): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);

describe('restApiStandIn', () => {
  it('writes each path and its {proxy+} with an ANY method secured by sigv4, unless the path is open', () => {
    const data = build().doc.data as Template;
    const body = at(data, 'Resources', 'shop', 'Properties', 'Body');
    expect(Object.keys(at(body, 'paths') as object)).toEqual([
      '/items',
      '/items/{proxy+}',
      '/items/{id}',
      '/items/{id}/{proxy+}',
      '/hook',
      '/hook/{proxy+}',
    ]);
    expect(at(body, 'paths', '/items', 'x-amazon-apigateway-any-method', 'security')).toEqual([{ sigv4: [] }]);
    expect(at(body, 'paths', '/hook', 'x-amazon-apigateway-any-method')).not.toHaveProperty('security');
    expect(at(body, 'paths', '/items', 'options')).not.toHaveProperty('security');
    expect(at(body, 'securityDefinitions', 'sigv4', 'x-amazon-apigateway-authtype')).toBe('awsSigv4');
    expect(Object.keys(data.Parameters)).toEqual(
      expect.arrayContaining([
        'env',
        'functionfnArn',
        'functionfnName',
        'functionhookfnArn',
        'authRoleName',
        'unauthRoleName',
      ]),
    );
  });

  it('grants the roles execute-api:Invoke as APIGatewayAuthStack does: all four operations are /*, {id} is *', () => {
    const { doc, parameters } = build();
    const data = doc.data as Template;
    const methodsAndPaths = (id: string) =>
      (at(data, 'Resources', id, 'Properties', 'PolicyDocument', 'Statement', 0, 'Resource') as unknown[]).map((r) =>
        (at(r, 'Fn::Join', 1) as unknown[]).slice(-2).join(''),
      );
    expect(methodsAndPaths('PolicyAPIGWAuth1')).toEqual([
      '/*/items/*',
      '/*/items',
      '/DELETE/items/*/*',
      '/DELETE/items/*',
    ]);
    expect(methodsAndPaths('PolicyAPIGWUnauth1')).toEqual([
      '/GET/items/*',
      '/GET/items',
      '/PUT/items/*',
      '/PUT/items',
      '/PATCH/items/*',
      '/PATCH/items',
    ]);
    expect(at(data, 'Resources', 'PolicyAPIGWUnauth1', 'Properties', 'Roles')).toEqual([{ Ref: 'unauthRoleName' }]);
    expect(parameters).toEqual({ authRoleName: { Ref: 'AuthRoleName' }, unauthRoleName: { Ref: 'UnauthRoleName' } });
    // With a committed APIGatewayAuthStack.json the grants are read from it, not built.
    const bare = build(false);
    expect(Object.keys((bare.doc.data as Template).Resources)).toEqual(['shop', 'DeploymentAPIGWshop']);
    expect(bare.parameters).toEqual({});
  });

  it('locates each method at its permissions.setting and each grant at the permission list it comes from', () => {
    const { doc } = build();
    const text = doc.text.split('\n');
    const line = (pointer: string) => doc.locate(pointer).start.line;
    const lineOf = (fragment: string, after = 0) => text.findIndex((l, i) => i >= after && l.includes(fragment)) + 1;
    const items = lineOf('"/items": {');
    const id = lineOf('"/items/{id}": {');
    expect(line('/Resources/shop/Properties/Body/paths/~1items~1{proxy+}/x-amazon-apigateway-any-method')).toBe(
      lineOf('"setting"', items),
    );
    expect(line('/Resources/shop/Properties/Body/paths/~1items~1{id}/x-amazon-apigateway-any-method/security')).toBe(
      lineOf('"setting"', id),
    );
    expect(line('/Resources/shop/Properties/Body/paths/~1hook/options')).toBe(lineOf('"/hook": {'));
    expect(line('/Resources/PolicyAPIGWAuth1/Properties/PolicyDocument/Statement/0/Resource/3')).toBe(
      lineOf('"auth"', id),
    );
    expect(line('/Resources/PolicyAPIGWUnauth1/Properties/PolicyDocument/Statement/0/Resource/0')).toBe(
      lineOf('"guest"', items),
    );
  });

  it('takes only inputs with at least one path', () => {
    expect(isRestApiCliInputs({ version: 1, paths: {} })).toBe(false);
    expect(isRestApiCliInputs({ version: 1, serviceConfiguration: { serviceName: 'AppSync' } })).toBe(false);
    expect(isRestApiCliInputs(INPUTS)).toBe(true);
  });
});
