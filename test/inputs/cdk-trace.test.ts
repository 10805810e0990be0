import { describe, expect, it } from 'vitest';
import { firstUserFrame, MAX_FRAME_LENGTH, MAX_TRACE_FRAMES, parseFrame } from '../../src/inputs/cdk-trace.js';

describe('parseFrame', () => {
  it.each([
    [
      'new AuthStack (/home/dev/app/lib/auth-stack.ts:21:22)',
      { file: '/home/dev/app/lib/auth-stack.ts', line: 21, column: 22 },
    ],
    ['Object.<anonymous> (/home/dev/app/bin/app.ts:7:1)', { file: '/home/dev/app/bin/app.ts', line: 7, column: 1 }],
    ['/home/dev/app/bin/app.js:3:5', { file: '/home/dev/app/bin/app.js', line: 3, column: 5 }],
    ['at new Stack (/srv/my app/lib/s.ts:2:3)', { file: '/srv/my app/lib/s.ts', line: 2, column: 3 }],
    [
      'file:///home/dev/app/lib/stack%20one.mjs:14:25',
      { file: '/home/dev/app/lib/stack one.mjs', line: 14, column: 25 },
    ],
    ['new S (C:\\Users\\dev\\app\\lib\\s.ts:4:9)', { file: 'C:/Users/dev/app/lib/s.ts', line: 4, column: 9 }],
    ['new S (file:///C:/Users/dev/app/lib/s.mjs:4:9)', { file: 'C:/Users/dev/app/lib/s.mjs', line: 4, column: 9 }],
    ['new S (lib/s.ts:4:9)', { file: 'lib/s.ts', line: 4, column: 9 }],
  ])('reads %s', (frame, expected) => {
    expect(parseFrame(frame)).toEqual(expected);
  });

  it.each([
    ['a node internal', 'Module._compile (node:internal/modules/cjs/loader:1554:14)'],
    ['a web URL', 'evil (https://example.com/payload.js:1:1)'],
    ['a relative path out of the project', 'x (../../../etc/passwd:1:1)'],
    ['an anonymous frame', '<anonymous>'],
    ['native code', 'Array.map (native)'],
    ['a newline in the path', 'new F (/app/x.ts\n::error::forged:3:4)'],
    ['an escape sequence in the path', 'new F (/app/lib/g\u001b[2J.ts:9:9)'],
    ['a bidi override in the path', 'new F (/app/lib/\u202egnp.ts:9:9)'],
    ['a line past any real file', 'f (/app/lib/g.ts:99999999999:1)'],
    ['line 0', 'f (/app/lib/g.ts:0:1)'],
    ['no column', 'f (/app/lib/g.ts:12)'],
    ['a frame longer than any runtime writes', `f (/app/${'a'.repeat(MAX_FRAME_LENGTH)}.ts:1:1)`],
    ['a number', 42],
    ['an object', { file: '/app/x.ts', line: 1 }],
    ['a malformed file URL', 'file:///app/%E0%A4%A.mjs:1:1'],
  ])('refuses %s', (_what, frame) => {
    expect(parseFrame(frame)).toBeUndefined();
  });
});

describe('firstUserFrame', () => {
  it('skips the frames of the CDK, constructs and anything under node_modules', () => {
    expect(
      firstUserFrame([
        'new CfnRole (/app/node_modules/aws-cdk-lib/aws-iam/lib/iam.generated.js:1:92313)',
        'new Role (/app/node_modules/aws-cdk-lib/aws-iam/lib/role.js:1:4526)',
        'new Construct (/src/constructs/lib/construct.js:1:1)',
        'new Thing (/src/aws-cdk/packages/aws-cdk-lib/core/lib/x.js:1:1)',
        'new Pkg (/app/node_modules/@acme/constructs/lib/p.js:3:3)',
        'node:internal/main/run_main_module:28:49',
        'new AuthStack (/app/lib/auth-stack.ts:21:22)',
        'Object.<anonymous> (/app/bin/app.ts:7:1)',
      ]),
    ).toEqual({ file: '/app/lib/auth-stack.ts', line: 21, column: 22 });
  });

  it('gives nothing for no trace, a non-array, or only library frames', () => {
    expect(firstUserFrame(undefined)).toBeUndefined();
    expect(firstUserFrame('new S (/app/lib/s.ts:1:1)')).toBeUndefined();
    expect(firstUserFrame(['new Role (/app/node_modules/aws-cdk-lib/aws-iam/lib/role.js:1:4526)'])).toBeUndefined();
  });

  it(`looks at the first ${MAX_TRACE_FRAMES} frames only`, () => {
    const library = 'new Role (/app/node_modules/aws-cdk-lib/aws-iam/lib/role.js:1:4526)';
    const user = 'new AuthStack (/app/lib/auth-stack.ts:21:22)';
    expect(firstUserFrame([...Array<string>(MAX_TRACE_FRAMES - 1).fill(library), user])).toBeDefined();
    expect(firstUserFrame([...Array<string>(MAX_TRACE_FRAMES).fill(library), user])).toBeUndefined();
  });
});
