import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayPath, isInside, pathApiFor } from '../../src/inputs/files.js';
import { loadInputs } from '../../src/inputs/load.js';
import { memoryFileSystem } from '../../src/inputs/memory-fs.js';
import { nodeFileSystem } from '../../src/inputs/node-fs.js';

describe('memoryFileSystem', () => {
  const fs = memoryFileSystem({ '/proj/a.json': '{}', 'proj/sub/b.yaml': 'x: 1', '/proj/sub/deeper/c.yml': '' });

  it('implies directories and lists names only', () => {
    expect(fs.readdir('/proj').sort()).toEqual(['a.json', 'sub']);
    expect(fs.readdir('/proj/sub/').sort()).toEqual(['b.yaml', 'deeper']);
    expect(fs.readdir('/')).toEqual(['proj']);
    expect(fs.stat('/proj/sub')).toMatchObject({ isDirectory: true, isFile: false });
    expect(fs.stat('/proj/a.json')).toMatchObject({ isFile: true, size: 2 });
    expect(fs.stat('/proj/./sub/../a.json')).toMatchObject({ isFile: true });
    expect(fs.stat('/proj/missing')).toBeUndefined();
  });

  it('throws node-like errors', () => {
    expect(() => fs.readFile('/proj/missing')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => fs.readFile('/proj/sub')).toThrow(expect.objectContaining({ code: 'EISDIR' }));
    expect(() => fs.readdir('/proj/a.json')).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});

describe('nodeFileSystem', () => {
  const root = mkdtempSync(join(tmpdir(), 'cil-inputs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'dir'));
  writeFileSync(join(root, 'dir', 'file.json'), '{"a":1}');
  symlinkSync(join(root, 'dir'), join(root, 'link-to-dir'));
  symlinkSync(join(root, 'dir', 'file.json'), join(root, 'link-to-file.json'));
  symlinkSync(join(root, 'nowhere'), join(root, 'dangling.json'));

  it('stats files and directories, undefined for missing paths', () => {
    expect(nodeFileSystem.stat(join(root, 'dir'))).toEqual({
      isFile: false,
      isDirectory: true,
      size: expect.any(Number),
      isSymbolicLink: false,
    });
    expect(nodeFileSystem.stat(join(root, 'dir', 'file.json'))).toMatchObject({
      isFile: true,
      size: 7,
      isSymbolicLink: false,
    });
    expect(nodeFileSystem.stat(join(root, 'missing'))).toBeUndefined();
    expect(nodeFileSystem.stat(join(root, 'dir', 'file.json', 'below'))).toBeUndefined();
  });

  it('follows links but says they are links', () => {
    expect(nodeFileSystem.stat(join(root, 'link-to-dir'))).toMatchObject({ isDirectory: true, isSymbolicLink: true });
    expect(nodeFileSystem.stat(join(root, 'link-to-file.json'))).toMatchObject({ isFile: true, isSymbolicLink: true });
    expect(nodeFileSystem.readFile(join(root, 'link-to-file.json'))).toBe('{"a":1}');
    expect(nodeFileSystem.stat(join(root, 'dangling.json'))).toBeUndefined();
    expect(nodeFileSystem.readdir(root).sort()).toEqual(['dangling.json', 'dir', 'link-to-dir', 'link-to-file.json']);
  });

  it('reads files of one and of several 64 KB chunks, each into bytes of its own', () => {
    // The reads share one chunk (node-fs.ts): what one read returned must survive the next.
    const small = Buffer.from('{"a":1}');
    const large = Buffer.alloc(3 * 64 * 1024 + 17, 'é');
    const exact = Buffer.alloc(64 * 1024, 'x');
    writeFileSync(join(root, 'large.json'), large);
    writeFileSync(join(root, 'exact.json'), exact);
    const first = nodeFileSystem.readBytes(join(root, 'dir', 'file.json'));
    const second = nodeFileSystem.readBytes(join(root, 'large.json'));
    const third = nodeFileSystem.readBytes(join(root, 'exact.json'));
    expect(Buffer.from(first).equals(small)).toBe(true);
    expect(Buffer.from(second).equals(large)).toBe(true);
    expect(Buffer.from(third).equals(exact)).toBe(true);
    expect(nodeFileSystem.readFile(join(root, 'large.json'))).toBe(large.toString('utf8'));
    expect(() => nodeFileSystem.readBytes(join(root, 'large.json'), 64 * 1024)).toThrow(
      expect.objectContaining({ code: 'EFBIG' }),
    );
  });
});

describe('loadInputs on the real file system', () => {
  const root = mkdtempSync(join(tmpdir(), 'cil-walk-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'infra', 'deep'), { recursive: true });
  writeFileSync(join(root, 'infra', 'deep', 't.yaml'), 'Resources:\n  R:\n    Type: AWS::IAM::Role\n');
  // A loop (a link to an ancestor) and a second way into the same directory.
  symlinkSync(root, join(root, 'infra', 'deep', 'loop'));
  symlinkSync(join(root, 'infra'), join(root, 'infra-link'));
  symlinkSync(join(root, 'infra', 'deep', 't.yaml'), join(root, 'linked.yaml'));

  it('does not follow linked directories in a walk, but reads linked files and named linked directories', () => {
    const walked = loadInputs(['.'], { fs: nodeFileSystem, cwd: root });
    expect(walked.dialects.cloudformation.map((t) => t.doc.file)).toEqual(['infra/deep/t.yaml', 'linked.yaml']);
    const named = loadInputs(['infra-link'], { fs: nodeFileSystem, cwd: root });
    expect(named.dialects.cloudformation.map((t) => t.doc.file)).toEqual(['infra-link/deep/t.yaml']);
  });
});

describe('path helpers', () => {
  it('picks win32 arithmetic for Windows paths and always answers with /', () => {
    const win = pathApiFor('C:\\work\\repo');
    expect(displayPath(win, 'C:\\work\\repo', 'C:\\work\\repo\\cdk.out\\manifest.json')).toBe('cdk.out/manifest.json');
    expect(displayPath(win, 'C:\\work\\repo', 'C:\\work\\other\\t.yaml')).toBe('../other/t.yaml');
    const posix = pathApiFor('/work/repo');
    expect(displayPath(posix, '/work/repo', '/work/repo')).toBe('.');
    expect(isInside(posix, '/a/cdk.out', '/a/cdk.out/x.json')).toBe(true);
    expect(isInside(posix, '/a/cdk.out', '/a/cdk.out')).toBe(false);
    expect(isInside(posix, '/a/cdk.out', '/a/cdk.out-evil/x.json')).toBe(false);
    expect(isInside(win, 'C:\\a', 'D:\\a\\x')).toBe(false);
    // Names that start with `..` are inside; only `..` itself and `../…` leave.
    expect(isInside(posix, '/a/cdk.out', '/a/cdk.out/..x')).toBe(true);
    expect(isInside(posix, '/a/cdk.out', '/a/cdk.out/...json')).toBe(true);
    expect(isInside(posix, '/a/cdk.out', '/a/cdk.out/..x/y.json')).toBe(true);
    expect(isInside(posix, '/a/cdk.out', '/a')).toBe(false);
    expect(isInside(posix, '/a/cdk.out', '/a/..x')).toBe(false);
    expect(isInside(win, 'C:\\a', 'C:\\a\\..x\\t.json')).toBe(true);
    expect(isInside(win, 'C:\\a\\b', 'C:\\a\\c')).toBe(false);
  });
});
