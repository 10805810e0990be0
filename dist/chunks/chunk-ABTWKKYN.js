// cognito-iam-lint: built by build/build.mjs from src/ and rules/; do not edit.
import { createRequire as __cilCreateRequire } from 'node:module';
const require = __cilCreateRequire(import.meta.url);
import {
  accountTemplate,
  isAccountSnapshot
} from "./chunk-ATQT3MMO.js";
import {
  LIGHT_DOCUMENT_CHARS,
  LineIndex,
  MAX_FILE_BYTES,
  SEVERITIES,
  TransferredDocument,
  compileGlob,
  decodeRead,
  displayPath,
  inputProblemText,
  isGlobRefusal,
  isInside,
  isServiceFileName,
  isWithin,
  lighten,
  linkedTemplateGroups,
  lintUnderConditions,
  nodeFileSystem,
  packageRoot,
  parseRead,
  parseText,
  pathApiFor,
  readBudget,
  readRawIam,
  readServerlessService,
  readTextFile,
  rebaser,
  releaseParses,
  rules,
  runPaths,
  safeReaddir,
  safeRealpath,
  safeStat,
  serviceFileIn,
  setDataProperty,
  toSlashes,
  transferUnits
} from "./chunk-RKEA7363.js";
import {
  isPlainObject,
  joinPointer,
  own,
  splitPointer
} from "./chunk-SBWCWIWY.js";

// src/engine/worker-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
var PARALLEL_MIN_FILES = 64;
var PARALLEL_MIN_CORES = 4;
var STALL_MS = 12e4;
var BATCH_CHARS = 128 * 1024;
function workerCount(jobs, files, cores = availableParallelism()) {
  const wanted = jobs ?? (cores >= PARALLEL_MIN_CORES && isLargeInput(files) ? cores - 1 : 1);
  const workers = Math.min(wanted, files.length);
  return workers > 1 ? workers : 0;
}
function isLargeInput(files) {
  let bytes = 0;
  for (const file of files) bytes += file.size;
  return files.length >= PARALLEL_MIN_FILES && bytes >= PARALLEL_MIN_BYTES;
}
function workerFile() {
  const file = join(packageRoot(), "dist", "worker.js");
  return existsSync(file) ? file : void 0;
}
var WorkerPool = class {
  /** `jobs`: --jobs (undefined: auto). */
  constructor(jobs) {
    this.jobs = jobs;
  }
  jobs;
  workers = [];
  signal = new Int32Array(new SharedArrayBuffer(4));
  /** Display name → job id, for the files sent and not yet used. */
  pending = /* @__PURE__ */ new Map();
  parsed = /* @__PURE__ */ new Map();
  linted = [];
  /** Starts the workers when the run is worth them, and has them parse `files` in this order. */
  prefetch(files) {
    const fromSources = import.meta.url.endsWith(".ts");
    const file = workerFile();
    const count = file === void 0 || fromSources && this.jobs === void 0 ? 0 : workerCount(this.jobs, files);
    if (count === 0) return;
    const jobs = Array.from({ length: count }, () => []);
    files.forEach(({ path, file: name }, id) => {
      this.pending.set(name, id);
      jobs[id % count].push({ id, path, file: name });
    });
    for (const list of jobs) {
      const { port1, port2 } = new MessageChannel();
      const data = { port: port2, signal: this.signal };
      const worker = new Worker(file, { workerData: data, transferList: [port2] });
      worker.on("error", () => {
      });
      worker.unref();
      this.workers.push({ worker, port: port1 });
      this.send(this.workers.length - 1, { kind: "parse", jobs: list });
    }
  }
  parse = (file, text, format) => {
    const id = format === void 0 ? this.pending.get(file) : void 0;
    if (id === void 0) return parseText(file, text, format);
    this.pending.delete(file);
    const reply = this.wait(() => this.parsed.get(id));
    this.parsed.delete(id);
    if (reply.parse?.text !== text) return parseText(file, text);
    return new TransferredDocument(reply.parse, () => parseText(file, text));
  };
  /**
   * The results of the plan's units, linted by the workers, in the plan's order; undefined (lint them
   * here) without workers, with fewer than two units, or when the units cannot cross.
   */
  lintUnits(inputs, plan, settings) {
    this.pending.clear();
    this.parsed.clear();
    if (this.workers.length === 0 || plan.base.length + plan.groups.length < 2) return void 0;
    const units = transferUnits(inputs, plan);
    if (!units) return void 0;
    const batches = inBatches(units);
    const results = [];
    let next = 0;
    const sendNext = (worker) => {
      if (next < batches.length) {
        this.send(worker, { kind: "lint", batch: next, units: batches[next], settings });
        next++;
      }
    };
    for (let round = 0; round < 2; round++) this.workers.forEach((_, worker) => sendNext(worker));
    for (let done = 0; done < batches.length; done++) {
      const { worker, reply } = this.wait(() => this.linted.shift());
      results[reply.batch] = reply.results;
      sendNext(worker);
    }
    return results.flat();
  }
  /** Ends the workers: what they have not done yet is not needed. */
  close() {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
    this.workers.length = 0;
    this.pending.clear();
    this.parsed.clear();
  }
  send(worker, request) {
    this.workers[worker].port.postMessage(request);
  }
  /** Waits until `take` finds what it looks for among the replies. */
  wait(take) {
    for (; ; ) {
      const found = take();
      if (found !== void 0) return found;
      const seen = Atomics.load(this.signal, 0);
      if (this.drain()) continue;
      if (Atomics.wait(this.signal, 0, seen, STALL_MS) === "timed-out") {
        throw new Error(`a worker thread (--jobs) gave no sign of life for ${STALL_MS / 1e3} s: given up.`);
      }
    }
  }
  /** Takes every reply that has arrived; whether there was any. */
  drain() {
    let any = false;
    this.workers.forEach(({ port }, worker) => {
      for (let received = receiveMessageOnPort(port); received !== void 0; received = receiveMessageOnPort(port)) {
        any = true;
        const reply = received.message;
        if (reply.kind === "failed") throw new Error(`a worker thread (--jobs) failed: ${reply.message}`);
        if (reply.kind === "linted") this.linted.push({ worker, reply });
        else for (const parsed of reply.parses) this.parsed.set(parsed.id, parsed);
      }
    });
    return any;
  }
};
function inBatches(units) {
  const batches = [];
  let current = [];
  let chars = 0;
  for (const unit of units) {
    current.push(unit);
    chars += unit.docs.reduce((sum, doc) => sum + doc.text.length, 0);
    if (chars >= BATCH_CHARS) {
      batches.push(current);
      current = [];
      chars = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

// src/engine/notification-order.ts
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareNotificationKeys(a, b) {
  return compare(a.file ?? "", b.file ?? "") || compare(a.line ?? 0, b.line ?? 0) || compare(a.column ?? 0, b.column ?? 0) || compare(a.kind, b.kind) || compare(a.ruleId ?? "", b.ruleId ?? "") || compare(a.message, b.message) || compare(a.level, b.level);
}
function notificationKey(n) {
  return {
    file: n.file,
    line: n.range?.start.line,
    column: n.range?.start.column,
    kind: n.kind,
    ruleId: n.ruleId,
    message: n.message,
    level: n.level
  };
}
function sortNotifications(notes) {
  return [...notes].sort((a, b) => compareNotificationKeys(notificationKey(a), notificationKey(b)));
}

// src/engine/shard.ts
import { createHash } from "node:crypto";
function shardOfKey(key2, count) {
  let best = 1;
  let bestWeight = -1n;
  for (let i = 1; i <= count; i++) {
    const weight = BigInt("0x" + createHash("sha256").update(`${key2}\0${i}`).digest("hex").slice(0, 16));
    if (weight > bestWeight) {
      best = i;
      bestWeight = weight;
    }
  }
  return best;
}
var ROLE_ARN = /arn:aws[a-z-]*:iam::(?:\$\{[^}\n]{0,128}\}|[^:"'\s$])*:role\/(?:[\w+=,.@/-]*\/)?([\w+=,.@-]+)/g;
function shardGroups(inputs) {
  const parent = /* @__PURE__ */ new Map();
  const find = (file) => {
    if (!parent.has(file)) parent.set(file, file);
    let root = file;
    while (parent.get(root) !== root) root = parent.get(root);
    let node = file;
    while (parent.get(node) !== root) {
      const next = parent.get(node);
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const doc of inputs.documents) find(doc.file);
  for (const problem of inputs.problems) find(problem.file);
  const definers = /* @__PURE__ */ new Map();
  const define = (name, file) => {
    const list = definers.get(name) ?? [];
    list.push(file);
    definers.set(name, list);
  };
  const attached = [];
  for (const group of linkedTemplateGroups(inputs.dialects.cloudformation)) {
    const first = group.templates[0].doc.file;
    for (const template of group.templates) {
      union(first, template.doc.file);
      if (template.assembly && parent.has(template.assembly.manifestFile)) union(first, template.assembly.manifestFile);
    }
    const names = [...group.attachedRoleNames];
    for (const template of group.templates)
      for (const match of template.doc.text.matchAll(ROLE_ARN)) names.push(match[1]);
    attached.push({ file: first, names });
    for (const name of group.definedRoleNames) define(name, first);
  }
  for (const doc of inputs.dialects["iam-json"]) {
    for (const role of readRawIam([doc]).parts.roles) if (role.roleName) define(role.roleName, doc.file);
  }
  for (const { file, names } of attached)
    for (const name of names) for (const definer of definers.get(name) ?? []) union(file, definer);
  const groups = /* @__PURE__ */ new Map();
  for (const file of parent.keys()) {
    const root = find(file);
    const group = groups.get(root) ?? { key: root, files: [] };
    group.files.push(file);
    groups.set(root, group);
  }
  return [...groups.values()].map((g) => ({ ...g, files: g.files.sort() })).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
function selectShard(inputs, shard) {
  const mine = /* @__PURE__ */ new Set();
  for (const group of shardGroups(inputs))
    if (shardOfKey(group.key, shard.count) === shard.index) for (const file of group.files) mine.add(file);
  return {
    documents: inputs.documents.filter((doc) => mine.has(doc.file)),
    dialects: {
      cloudformation: inputs.dialects.cloudformation.filter((template) => mine.has(template.doc.file)),
      "iam-json": inputs.dialects["iam-json"].filter((doc) => mine.has(doc.file)),
      terraform: inputs.dialects.terraform.filter((doc) => mine.has(doc.file))
    },
    problems: inputs.problems.filter((problem) => mine.has(problem.file)),
    skipped: inputs.skipped,
    ...inputs.notes ? { notes: inputs.notes } : {}
  };
}

// src/inputs/classify.ts
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
function hasUsableData(doc) {
  if (doc.syntaxErrors.length === 0) return true;
  return isPlainObject(doc.data);
}
function namesSamTransform(transform) {
  if (typeof transform === "string") return transform === SAM_TRANSFORM;
  if (Array.isArray(transform)) return transform.some((t) => t === SAM_TRANSFORM);
  return false;
}
function isTemplate(data) {
  return isPlainObject(data.Resources) || "AWSTemplateFormatVersion" in data || namesSamTransform(data.Transform);
}
function isTerraformJson(data) {
  return typeof data.format_version === "string" && (isPlainObject(data.planned_values) || isPlainObject(data.values));
}
function isCdkManifest(data) {
  return "version" in data && isPlainObject(data.artifacts);
}
function isObjectArray(value) {
  return Array.isArray(value) && value.every(isPlainObject);
}
function isIamDocument(data) {
  if ("Statement" in data) return true;
  if (isPlainObject(data.Role) && "AssumeRolePolicyDocument" in data.Role) return true;
  if (isPlainObject(data.PolicyVersion) && "Document" in data.PolicyVersion) return true;
  if ("PolicyDocument" in data && ("PolicyName" in data || "RoleName" in data || "UserName" in data || "GroupName" in data)) {
    return true;
  }
  const details = ["RoleDetailList", "UserDetailList", "GroupDetailList", "Policies"];
  return details.some((key2) => key2 in data) && details.every((key2) => !(key2 in data) || isObjectArray(data[key2]));
}
function isResourcesFragment(data) {
  const values = Object.values(data);
  return values.length > 0 && values.every((value) => isPlainObject(value) && typeof value.Type === "string" && value.Type.startsWith("AWS::"));
}
function baseName(file) {
  const slash = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  return file.slice(slash + 1);
}
function classifyDocument(doc) {
  const data = doc.data;
  if (!isPlainObject(data)) return "other";
  if (isTemplate(data)) return "template";
  if (isCdkManifest(data)) return "cdk-manifest";
  if (isTerraformJson(data)) return "terraform";
  if (isAccountSnapshot(data)) return "aws-account";
  if (isIamDocument(data)) return "iam";
  if (isResourcesFragment(data)) return "resources-fragment";
  if (baseName(doc.file) === "parameters.json") return "amplify-parameters";
  return "other";
}
function looksLikeLintInput(text) {
  return SNIFFS.some((sniff) => sniff(text));
}
var key = (name) => new RegExp(`(^|[\\s{,"'])${name}["']?[ \\t]*:`, "m");
var RESOURCES = key("Resources");
var TOP_LEVEL_RESOURCES = /^Resources[ \t]*:/m;
var JSON_RESOURCES_FIRST = /^\uFEFF?\s*\{\s*"Resources"\s*:/;
var AWS_TYPE = /\bType["']?[ \t]*:[ \t]*["']?AWS::/;
var POLICY = key("(Statement|AssumeRolePolicyDocument|PolicyDocument|RoleDetailList|UserDetailList|GroupDetailList)");
var ARTIFACTS = key("artifacts");
var VERSION = key("version");
var FORMAT_VERSION = key("format_version");
var TERRAFORM_VALUES = key("(planned_values|values)");
var SNIFFS = [
  (text) => text.includes("AWSTemplateFormatVersion") || text.includes("AWS::Serverless-2016-10-31"),
  // `Resources:` and a resource type, in YAML (`Type: AWS::…`) or JSON (`"Type": "AWS::…"`).
  (text) => TOP_LEVEL_RESOURCES.test(text) || JSON_RESOURCES_FIRST.test(text) || RESOURCES.test(text) && AWS_TYPE.test(text),
  (text) => POLICY.test(text),
  // A cloud assembly manifest: `artifacts` beside `version`.
  (text) => ARTIFACTS.test(text) && VERSION.test(text),
  // Terraform plan or state JSON: `format_version` beside `planned_values` or `values`.
  (text) => FORMAT_VERSION.test(text) && TERRAFORM_VALUES.test(text)
];

// src/inputs/cdk-trace.ts
var MAX_TRACE_FRAMES = 64;
var MAX_FRAME_LENGTH = 2048;
var MAX_POSITION = 1e7;
var LOCATION = /^(.*):(\d{1,8}):(\d{1,8})$/;
function isLibraryFile(file) {
  return /(^|\/)node_modules\//.test(file) || /(^|\/)(aws-cdk-lib|constructs|@aws-cdk)\//.test(file);
}
function filePath(raw) {
  let file = raw;
  if (file.startsWith("file://")) {
    try {
      file = decodeURIComponent(file.slice("file://".length));
    } catch {
      return void 0;
    }
    if (/^\/[A-Za-z]:\//.test(file)) file = file.slice(1);
  }
  file = file.replace(/\\/g, "/");
  if (file === "" || file.length > MAX_FRAME_LENGTH) return void 0;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(file)) return void 0;
  const absolute = file.startsWith("/") || /^[A-Za-z]:\//.test(file);
  if (!absolute && (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file) || /[<>]/.test(file) || file === "native")) return void 0;
  if (!absolute && file.split("/").includes("..")) return void 0;
  return file;
}
function parseFrame(frame) {
  if (typeof frame !== "string" || frame.length > MAX_FRAME_LENGTH) return void 0;
  const text = frame.trim().replace(/^at\s+/, "");
  const open = text.endsWith(")") ? text.lastIndexOf(" (") : -1;
  const location = open >= 0 ? text.slice(open + 2, -1) : text;
  const match = LOCATION.exec(location);
  if (!match) return void 0;
  const line = Number(match[2]);
  const column = Number(match[3]);
  if (line < 1 || column < 1 || line > MAX_POSITION || column > MAX_POSITION) return void 0;
  const file = filePath(match[1]);
  return file === void 0 ? void 0 : { file, line, column };
}
function firstUserFrame(trace) {
  if (!Array.isArray(trace)) return void 0;
  const frames = Math.min(trace.length, MAX_TRACE_FRAMES);
  for (let i = 0; i < frames; i++) {
    const frame = parseFrame(trace[i]);
    if (frame && !isLibraryFile(frame.file)) return frame;
  }
  return void 0;
}

// src/inputs/cdk-assembly.ts
var MAX_ASSEMBLY_DEPTH = 16;
var MAX_NESTED_STACK_DEPTH = 16;
var NESTED_TEMPLATE_SUFFIX = ".nested.template.json";
function isAssemblySideFile(name) {
  return name === "manifest.json" || name === "tree.json" || name === "cdk.out" || name === "validation-report.json" || name === "integ.json" || name.endsWith(".assets.json") || name.endsWith(".metadata.json");
}
function readAssembly(manifestPath, fs, parse, options = {}) {
  return new AssemblyReader(fs, parse, pathApiFor(manifestPath), options).read(manifestPath);
}
var AssemblyReader = class {
  constructor(fs, parse, path, options) {
    this.fs = fs;
    this.parse = parse;
    this.path = path;
    this.cache = options.cache ?? /* @__PURE__ */ new Map();
    this.budget = options.budget;
    this.display = options.display ?? toSlashes;
  }
  fs;
  parse;
  path;
  templates = [];
  documents = /* @__PURE__ */ new Set();
  problems = [];
  claimed = /* @__PURE__ */ new Set();
  /** Real path of each manifest read → the path it was read under: `ln -s . x` names one assembly endlessly. */
  visitedManifests = /* @__PURE__ */ new Map();
  /** Real path of each file read → the path it was first read under. */
  readFiles = /* @__PURE__ */ new Map();
  /** Real path of the root assembly directory: no file is read from outside it, whatever links say. */
  rootReal = "";
  cache;
  budget;
  display;
  read(manifestPath) {
    const rootDir = this.path.dirname(manifestPath);
    this.rootReal = safeRealpath(this.fs, rootDir) ?? rootDir;
    this.readManifest(manifestPath, 0, void 0, void 0);
    return {
      templates: this.templates,
      documents: [...this.documents],
      problems: this.problems,
      claimedFiles: this.claimed
    };
  }
  // ── files ────────────────────────────────────────────────────────────────────────────────
  /** Parses a file once; a document that failed to parse is recorded (it becomes a parse-error finding) and not returned. */
  load(path) {
    const real = safeRealpath(this.fs, path);
    if (real !== void 0) {
      if (!isWithin(this.path, this.rootReal, real)) {
        return { reason: { code: "link-outside-assembly" }, missing: false };
      }
      const first = this.readFiles.get(real);
      if (first !== void 0 && first !== path) {
        return { reason: { code: "already-read", data: { first: this.display(first) } }, missing: false };
      }
      this.readFiles.set(real, path);
    }
    let doc = this.cache.get(path);
    if (!doc) {
      const read = readTextFile(this.fs, path, this.budget);
      if (!read.ok) return { reason: read.failure, missing: read.missing === true };
      doc = parseRead(this.parse, this.display(path), read);
      this.cache.set(path, doc);
    }
    this.claimed.add(path);
    if (!hasUsableData(doc)) {
      this.documents.add(doc);
      return { unparseable: true };
    }
    return { doc };
  }
  problem(doc, pointer, code, data, reason) {
    const message = inputProblemText(code, data, reason);
    const range = doc.locate(pointer);
    this.problems.push({ file: doc.file, range, code, data, ...reason ? { reason } : {}, pointer, message, doc });
  }
  /**
   * Resolves a file name a manifest or template holds, refusing absolute paths and anything that
   * leaves the assembly directory: cdk.out comes from the repository being linted, not from us.
   */
  resolveInside(dir, name) {
    if (name === "" || name.includes("\0") || this.path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return void 0;
    const target = this.path.join(dir, name);
    return isInside(this.path, dir, target) ? target : void 0;
  }
  // ── manifests ────────────────────────────────────────────────────────────────────────────
  readManifest(manifestPath, depth, rootDir, origin) {
    const real = safeRealpath(this.fs, manifestPath) ?? manifestPath;
    const first = this.visitedManifests.get(real);
    if (first !== void 0) {
      if (origin) {
        this.problem(origin.doc, origin.pointer, "assembly-repeated", {
          manifest: this.path.basename(origin.doc.file),
          artifact: origin.artifactId,
          directory: this.display(this.path.dirname(manifestPath)),
          first: this.display(this.path.dirname(first))
        });
      }
      return;
    }
    this.visitedManifests.set(real, manifestPath);
    const loaded = this.load(manifestPath);
    const manifestName = this.path.basename(manifestPath);
    if ("reason" in loaded) {
      if (origin) {
        const named = {
          manifest: this.path.basename(origin.doc.file),
          artifact: origin.artifactId,
          directory: this.display(this.path.dirname(manifestPath))
        };
        if (loaded.missing) this.problem(origin.doc, origin.pointer, "assembly-missing", named);
        else this.problem(origin.doc, origin.pointer, "assembly-unreadable", named, loaded.reason);
      } else {
        const data2 = { manifest: manifestName };
        this.problems.push({
          file: this.display(manifestPath),
          range: START,
          code: "manifest-unreadable",
          data: data2,
          reason: loaded.reason,
          pointer: "",
          message: inputProblemText("manifest-unreadable", data2, loaded.reason)
        });
      }
      return;
    }
    if ("unparseable" in loaded) return;
    const manifest = loaded.doc;
    const data = manifest.data;
    if (!isPlainObject(data) || !isPlainObject(data.artifacts)) {
      this.problem(manifest, "", "not-a-manifest", { manifest: manifestName });
      return;
    }
    const dir = this.path.dirname(manifestPath);
    const context = { dir, dirDisplay: this.display(dir), rootDir: rootDir ?? this.display(dir), manifest };
    const listing = safeNames(this.fs, dir);
    for (const name of listing) {
      if (isAssemblySideFile(name)) this.claimed.add(this.path.join(dir, name));
    }
    for (const [artifactId, artifact] of Object.entries(data.artifacts)) {
      if (!isPlainObject(artifact)) continue;
      const pointer = joinPointer("", "artifacts", artifactId);
      const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
      switch (artifact.type) {
        case "aws:cloudformation:stack":
          this.readStack(context, artifactId, artifact, pointer);
          break;
        case "cdk:cloud-assembly": {
          const directoryName = properties.directoryName;
          const namePointer = joinPointer(pointer, "properties", "directoryName");
          if (typeof directoryName !== "string") {
            this.problem(manifest, pointer, "assembly-no-directory", { manifest: manifestName, artifact: artifactId });
            break;
          }
          const subDir = this.resolveInside(dir, directoryName);
          if (!subDir) {
            this.problem(manifest, namePointer, "assembly-outside", {
              manifest: manifestName,
              artifact: artifactId,
              directory: directoryName
            });
            break;
          }
          if (depth + 1 > MAX_ASSEMBLY_DEPTH) {
            this.problem(manifest, namePointer, "assembly-too-deep", {
              manifest: manifestName,
              artifact: artifactId,
              limit: MAX_ASSEMBLY_DEPTH
            });
            break;
          }
          this.readManifest(this.path.join(subDir, "manifest.json"), depth + 1, context.rootDir, {
            doc: manifest,
            pointer: namePointer,
            artifactId
          });
          break;
        }
        default: {
          const file = properties.file;
          const target = typeof file === "string" ? this.resolveInside(dir, file) : void 0;
          if (target) this.claimed.add(target);
        }
      }
    }
    for (const name of listing) {
      if (!name.endsWith(NESTED_TEMPLATE_SUFFIX)) continue;
      const file = this.path.join(dir, name);
      if (this.claimed.has(file)) continue;
      const loaded2 = this.load(file);
      if (!("doc" in loaded2)) continue;
      const artifactId = name.slice(0, -NESTED_TEMPLATE_SUFFIX.length);
      this.templates.push({
        doc: loaded2.doc,
        resourcesPointer: "/Resources",
        stackName: loaded2.doc.file,
        stackKey: `${context.dirDisplay}/${name}`,
        assembly: { dir: context.dirDisplay, manifestFile: manifest.file, artifactId, rootDir: context.rootDir },
        cdkPaths: /* @__PURE__ */ new Map(),
        parameterValues: /* @__PURE__ */ new Map()
      });
      this.documents.add(loaded2.doc);
    }
  }
  // ── stacks ───────────────────────────────────────────────────────────────────────────────
  readStack(context, artifactId, artifact, pointer) {
    const { dir, manifest } = context;
    const manifestName = this.path.basename(manifest.file);
    const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
    const templateFile = properties.templateFile;
    const filePointer = joinPointer(pointer, "properties", "templateFile");
    if (typeof templateFile !== "string") {
      this.problem(manifest, pointer, "template-unnamed", { manifest: manifestName, artifact: artifactId });
      return;
    }
    const file = this.resolveInside(dir, templateFile);
    if (!file) {
      this.problem(manifest, filePointer, "template-outside", {
        manifest: manifestName,
        artifact: artifactId,
        template: templateFile
      });
      return;
    }
    const loaded = this.load(file);
    if ("reason" in loaded) {
      const named = { manifest: manifestName, artifact: artifactId, template: templateFile };
      if (loaded.missing) this.problem(manifest, filePointer, "template-missing", named);
      else this.problem(manifest, filePointer, "template-unreadable", named, loaded.reason);
      return;
    }
    if ("unparseable" in loaded) return;
    const environment = parseEnvironment(artifact.environment);
    const assembly = {
      dir: context.dirDisplay,
      manifestFile: manifest.file,
      artifactId,
      ...environment,
      rootDir: context.rootDir
    };
    const root = {
      doc: loaded.doc,
      file,
      stackKey: `${context.dirDisplay}/${artifactId}`,
      stackName: typeof properties.stackName === "string" && properties.stackName !== "" ? properties.stackName : artifactId,
      cdkPaths: /* @__PURE__ */ new Map(),
      cdkSources: /* @__PURE__ */ new Map()
    };
    const nodes = [root];
    this.collectNested(root, dir, 1, nodes, /* @__PURE__ */ new Set([file]));
    assignConstructPaths(
      nodes,
      this.readStackMetadata(context, artifactId, artifact, pointer),
      (trace) => this.sourceOf(trace)
    );
    for (const node of nodes) {
      this.documents.add(node.doc);
      this.templates.push({
        doc: node.doc,
        resourcesPointer: "/Resources",
        stackName: node.stackName,
        stackKey: node.stackKey,
        assembly,
        ...node.parent && node.logicalId ? { nestedIn: { parentStackKey: node.parent.stackKey, logicalId: node.logicalId } } : {},
        cdkPaths: node.cdkPaths,
        ...node.cdkSources.size > 0 ? { cdkSources: node.cdkSources } : {},
        parameterValues: /* @__PURE__ */ new Map()
      });
    }
  }
  /**
   * Where a creation trace says the app created a construct. A path under the working directory
   * is shown relative to it (CI synthesises and lints in one checkout); any other stays absolute,
   * as recorded on the machine that synthesised the app.
   */
  sourceOf(trace) {
    const frame = firstUserFrame(trace);
    if (!frame || !this.path.isAbsolute(frame.file)) return frame;
    const shown = this.display(frame.file);
    const outside = shown === ".." || shown.startsWith("../") || this.path.isAbsolute(shown) || /^[A-Za-z]:/.test(shown);
    return outside ? frame : { ...frame, file: shown };
  }
  /** Follows `AWS::CloudFormation::Stack` resources whose `aws:asset:path` names a nested template beside the parent. */
  collectNested(parent, dir, depth, nodes, visited) {
    const resources = isPlainObject(parent.doc.data) ? parent.doc.data.Resources : void 0;
    if (!isPlainObject(resources)) return;
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (!isPlainObject(resource) || resource.Type !== "AWS::CloudFormation::Stack") continue;
      const metadata = resource.Metadata;
      const assetPath = isPlainObject(metadata) ? metadata["aws:asset:path"] : void 0;
      if (typeof assetPath !== "string" || !assetPath.endsWith(NESTED_TEMPLATE_SUFFIX)) continue;
      const pointer = joinPointer("", "Resources", logicalId, "Metadata", "aws:asset:path");
      const file = this.resolveInside(dir, assetPath);
      if (!file) {
        this.problem(parent.doc, pointer, "nested-template-outside", { stack: logicalId, template: assetPath });
        continue;
      }
      if (/[\\/]/.test(assetPath)) {
        this.problem(parent.doc, pointer, "nested-template-not-beside", { stack: logicalId, template: assetPath });
        continue;
      }
      if (visited.has(file)) continue;
      if (depth > MAX_NESTED_STACK_DEPTH) {
        this.problem(parent.doc, pointer, "nested-too-deep", { stack: logicalId, limit: MAX_NESTED_STACK_DEPTH });
        continue;
      }
      visited.add(file);
      const loaded = this.load(file);
      if ("reason" in loaded) {
        const named = { stack: logicalId, template: assetPath };
        if (loaded.missing) this.problem(parent.doc, pointer, "nested-template-missing", named);
        else this.problem(parent.doc, pointer, "nested-template-unreadable", named, loaded.reason);
        continue;
      }
      if ("unparseable" in loaded) continue;
      const child = {
        doc: loaded.doc,
        file,
        stackKey: `${parent.stackKey}/${logicalId}`,
        // CloudFormation names nested stacks at deploy time (`<parent>-<logicalId>-<random>`); a name
        // with '/' can never be a real stack name, so `Fn::GetStackOutput` never matches it by mistake.
        stackName: `${parent.stackName}/${logicalId}`,
        parent,
        logicalId,
        cdkPaths: /* @__PURE__ */ new Map(),
        cdkSources: /* @__PURE__ */ new Map()
      };
      nodes.push(child);
      this.collectNested(child, dir, depth + 1, nodes, visited);
    }
  }
  /** Inline `metadata` of the artifact plus its `additionalMetadataFile` (schema ≥ 36 moves it there). */
  readStackMetadata(context, artifactId, artifact, pointer) {
    const result = { logicalIds: [], templateFiles: /* @__PURE__ */ new Map() };
    collectMetadata(artifact.metadata, result);
    const properties = isPlainObject(artifact.properties) ? artifact.properties : {};
    const [name, namePointer] = typeof artifact.additionalMetadataFile === "string" ? [artifact.additionalMetadataFile, joinPointer(pointer, "additionalMetadataFile")] : typeof properties.additionalMetadataFile === "string" ? [properties.additionalMetadataFile, joinPointer(pointer, "properties", "additionalMetadataFile")] : [void 0, pointer];
    if (name === void 0) return result;
    const manifestName = this.path.basename(context.manifest.file);
    const file = this.resolveInside(context.dir, name);
    if (!file) {
      this.problem(context.manifest, namePointer, "metadata-outside", {
        manifest: manifestName,
        artifact: artifactId,
        metadata: name
      });
      return result;
    }
    const loaded = this.load(file);
    if ("reason" in loaded) {
      const named = { manifest: manifestName, artifact: artifactId, metadata: name };
      if (loaded.missing) this.problem(context.manifest, namePointer, "metadata-missing", named);
      else this.problem(context.manifest, namePointer, "metadata-unreadable", named, loaded.reason);
      return result;
    }
    if ("doc" in loaded) collectMetadata(loaded.doc.data, result);
    return result;
  }
};
var START = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
function safeNames(fs, dir) {
  try {
    return fs.readdir(dir).sort(compareStrings);
  } catch {
    return [];
  }
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function parseEnvironment(environment) {
  if (typeof environment !== "string") return {};
  const match = /^aws:\/\/([^/]*)\/([^/]*)$/.exec(environment);
  if (!match) return {};
  const out = {};
  const [, account, region] = match;
  if (account && account !== "unknown-account") out.account = account;
  if (region && region !== "unknown-region") out.region = region;
  return out;
}
function collectMetadata(metadata, into) {
  if (!isPlainObject(metadata)) return;
  for (const [path, entries] of Object.entries(metadata)) {
    if (!Array.isArray(entries)) continue;
    for (const entry of entries) {
      if (!isPlainObject(entry) || typeof entry.data !== "string") continue;
      if (entry.type === "aws:cdk:logicalId") {
        into.logicalIds.push(
          Array.isArray(entry.trace) ? { path, logicalId: entry.data, trace: entry.trace } : { path, logicalId: entry.data }
        );
      } else if (entry.type === "aws:cdk:templateFile" && !into.templateFiles.has(entry.data))
        into.templateFiles.set(entry.data, path);
    }
  }
}
function templateKeys(doc) {
  const keys = /* @__PURE__ */ new Set();
  if (!isPlainObject(doc.data)) return keys;
  for (const section of ["Resources", "Parameters", "Outputs", "Conditions", "Mappings", "Rules"]) {
    const value = doc.data[section];
    if (isPlainObject(value)) for (const key2 of Object.keys(value)) keys.add(key2);
  }
  return keys;
}
var NESTED_STACK_RESOURCE_PATH = /^(.*)\.NestedStack\/[^/]+\.NestedStackResource$/;
function assignConstructPaths(nodes, metadata, sourceOf) {
  const [root] = nodes;
  if (!root) return;
  const entriesById = /* @__PURE__ */ new Map();
  for (const entry of metadata.logicalIds) {
    const list = entriesById.get(entry.logicalId);
    if (list === void 0) entriesById.set(entry.logicalId, [entry]);
    else list.push(entry);
  }
  for (const node of nodes.slice(1)) {
    const fromTemplateFile = metadata.templateFiles.get(fileName(node.file));
    if (fromTemplateFile !== void 0) {
      node.prefix = fromTemplateFile;
      continue;
    }
    const parentPrefix = node.parent?.prefix;
    for (const entry of (node.logicalId === void 0 ? void 0 : entriesById.get(node.logicalId)) ?? []) {
      if (parentPrefix !== void 0 && !entry.path.startsWith(parentPrefix + "/")) continue;
      const match = NESTED_STACK_RESOURCE_PATH.exec(entry.path);
      if (match?.[1]) {
        node.prefix = match[1];
        break;
      }
    }
  }
  const byPrefix = /* @__PURE__ */ new Map();
  for (const node of nodes)
    if (node.prefix !== void 0 && !byPrefix.has(node.prefix)) byPrefix.set(node.prefix, node);
  const ownerOf = (path) => {
    for (let slash = path.lastIndexOf("/"); slash >= 0; slash = slash === 0 ? -1 : path.lastIndexOf("/", slash - 1)) {
      const owner = byPrefix.get(path.slice(0, slash));
      if (owner !== void 0) return owner;
    }
    return root;
  };
  for (const entry of metadata.logicalIds) {
    const owner = byPrefix.size === 0 ? root : ownerOf(entry.path);
    const path = entry.path.startsWith("/") ? entry.path.slice(1) : entry.path;
    if (owner.cdkPaths.has(entry.logicalId)) continue;
    owner.cdkPaths.set(entry.logicalId, path);
    const source = entry.trace === void 0 ? void 0 : sourceOf(entry.trace);
    if (source) owner.cdkSources.set(entry.logicalId, source);
  }
  for (const node of nodes.slice(1)) {
    if (node.prefix !== void 0 || !node.parent) continue;
    const own2 = templateKeys(node.doc);
    const parentKeys = templateKeys(node.parent.doc);
    for (const [logicalId, path] of node.parent.cdkPaths) {
      if (own2.has(logicalId) && !parentKeys.has(logicalId)) {
        node.cdkPaths.set(logicalId, path);
        node.parent.cdkPaths.delete(logicalId);
        const source = node.parent.cdkSources.get(logicalId);
        if (source) node.cdkSources.set(logicalId, source);
        node.parent.cdkSources.delete(logicalId);
      }
    }
  }
}
function fileName(path) {
  return toSlashes(path).split("/").pop() ?? path;
}

// src/inputs/amplify-project.ts
var BACKEND_CONFIG = "backend-config.json";
var COMMITTED_ROOT = "root-cloudformation-stack.json";
var OLD_COMMITTED_ROOT = "nested-cloudformation-stack.yml";
var TRUST_UPDATER = /* @__PURE__ */ new Set([
  "UpdateRolesWithIDPFunction",
  "UpdateRolesWithIDPFunctionOutputs",
  "UpdateRolesWithIDPFunctionRole"
]);
var AMPLIFY_META = "amplify-meta.json";
var APIGW_AUTH_STACK = "APIGatewayAuthStack";
var AUTH_TRIGGER_TEMPLATE = "auth-trigger-cloudformation-template.json";
var TEMPLATE_NAME = /template.*\.(ya?ml|json)$/i;
var SAFE_NAME = /^[A-Za-z0-9_-]+$/;
function isAmplifyBackend(fs, path, dir) {
  if (path.basename(dir) !== "backend" || path.basename(path.dirname(dir)) !== "amplify") return false;
  const stat = safeStat(fs, path.join(dir, BACKEND_CONFIG));
  return "stat" in stat && stat.stat?.isFile === true;
}
function enclosingAmplifyBackend(fs, path, target) {
  for (let dir = target; ; ) {
    if (isAmplifyBackend(fs, path, dir)) return dir;
    if (path.basename(dir) === "amplify") {
      const backend = path.join(dir, "backend");
      return isAmplifyBackend(fs, path, backend) ? backend : void 0;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function readAmplifyProject(backendDir, fs, parse, path, options) {
  return new ProjectReader(backendDir, fs, parse, path, options).read();
}
var ProjectReader = class {
  constructor(backendDir, fs, parse, path, options) {
    this.backendDir = backendDir;
    this.fs = fs;
    this.parse = parse;
    this.path = path;
    this.options = options;
    const amplifyDir = path.dirname(backendDir);
    this.rootReal = safeRealpath(fs, amplifyDir) ?? amplifyDir;
  }
  backendDir;
  fs;
  parse;
  path;
  options;
  templates = [];
  documents = [];
  notes = [];
  claimed = /* @__PURE__ */ new Set();
  rootReal;
  config;
  /** amplify-meta.json, when the project has one that parses. */
  meta;
  hasApi = false;
  read() {
    const result = () => ({
      templates: this.templates,
      documents: this.documents,
      notes: this.notes,
      claimedFiles: this.claimed
    });
    const configPath = this.path.join(this.backendDir, BACKEND_CONFIG);
    const config = this.load(configPath);
    if (!config) return result();
    this.config = config;
    this.documents.push(config);
    if (!hasUsableData(config) || !isPlainObject(config.data)) return result();
    this.hasApi = isPlainObject(own(config.data, "api"));
    const env = this.environment();
    this.meta = this.amplifyMeta();
    const resources = this.resources(config.data, env);
    const byKey = new Map(resources.map((r) => [`${r.category}/${r.name}`, r]));
    const rootKey = `${config.file}#amplify-root`;
    const root = this.rootTemplate(resources, byKey, env, rootKey);
    this.templates.push(root);
    for (const resource of resources) {
      if (!resource.template) continue;
      const amplify = { category: resource.category, resource: resource.name };
      const stack = (doc, nestedIn) => ({
        doc,
        resourcesPointer: "/Resources",
        stackName: doc.file,
        stackKey: doc.file,
        nestedIn,
        cdkPaths: /* @__PURE__ */ new Map(),
        amplify,
        // As for a single template: what the user gave wins over what the root passes.
        parameterValues: this.options.userParameters
      });
      const parentStackKey = resource.template.doc.file;
      this.templates.push(
        stack(resource.template.doc, { parentStackKey: rootKey, logicalId: resource.category + resource.name })
      );
      for (const { logicalId, doc } of resource.nested)
        this.templates.push(stack(doc, { parentStackKey, logicalId, rootStackKey: rootKey }));
    }
    return result();
  }
  // ── files ────────────────────────────────────────────────────────────────────────────────
  /** Parses a file of the project once, claiming it; undefined when it is missing, unreadable or a link out of the project. */
  load(path) {
    const real = safeRealpath(this.fs, path);
    if (real === void 0 || !isWithin(this.path, this.rootReal, real)) return void 0;
    let doc = this.options.cache.get(path);
    if (!doc) {
      const read = readTextFile(this.fs, path, this.options.budget);
      if (!read.ok) return void 0;
      doc = parseRead(this.parse, this.options.display(path), read);
      this.options.cache.set(path, doc);
    }
    this.claimed.add(path);
    return doc;
  }
  isFile(path) {
    const stat = safeStat(this.fs, path);
    return "stat" in stat && stat.stat?.isFile === true;
  }
  note(pointer, message, doc = this.config) {
    this.notes.push({ file: doc.file, range: doc.locate(pointer), message });
  }
  // ── environment ──────────────────────────────────────────────────────────────────────────
  /**
   * The environment (`--parameter env=`, else the only one team-provider-info.json names) and what
   * the file holds for it: the root stack's role names and each resource's environment values.
   */
  environment() {
    const given = this.options.userParameters.get("env");
    const file = this.path.join(this.path.dirname(this.backendDir), "team-provider-info.json");
    const doc = this.isFile(file) ? this.load(file) : void 0;
    if (doc && !hasUsableData(doc)) this.documents.push(doc);
    const data = doc && hasUsableData(doc) && isPlainObject(doc.data) ? doc.data : void 0;
    const names = data ? Object.keys(data).sort() : [];
    const name = given ?? (names.length === 1 ? names[0] : void 0);
    if (name === void 0) {
      if (names.length > 1)
        this.note(
          "",
          `The Amplify project has the environments ${names.map((n) => `\`${n}\``).join(", ")}: pass \`--parameter env=<name>\` to read the values of one; environment-specific values are unknown.`
        );
      return {};
    }
    const values = data ? own(data, name) : void 0;
    if (doc && data && !isPlainObject(values))
      this.note(
        "",
        `team-provider-info.json has no environment \`${name}\`: its environment-specific values are unknown.`,
        doc
      );
    return { name, ...isPlainObject(values) ? { values } : {} };
  }
  // ── amplify-meta.json ────────────────────────────────────────────────────────────────────
  /** amplify-meta.json beside backend-config.json, claimed whether or not it parses (one that does not is reported). */
  amplifyMeta() {
    const file = this.path.join(this.backendDir, AMPLIFY_META);
    const doc = this.isFile(file) ? this.load(file) : void 0;
    if (doc && !hasUsableData(doc)) this.documents.push(doc);
    return doc && hasUsableData(doc) && isPlainObject(doc.data) ? doc.data : void 0;
  }
  /** `<category>.<resource>.<key…>` of amplify-meta.json (`providers.awscloudformation.AuthRoleName`). */
  metaOf(...path) {
    let node = this.meta;
    for (const key2 of path) node = isPlainObject(node) ? own(node, key2) : void 0;
    return node;
  }
  /** A deployed output the last push recorded (`auth.<name>.output.IdentityPoolId`), when it is a non-empty string. */
  recordedOutput(category, name, attribute) {
    const value = this.metaOf(category, name, "output", attribute);
    return typeof value === "string" && value !== "" ? value : void 0;
  }
  // ── category resources ───────────────────────────────────────────────────────────────────
  resources(config, env) {
    const out = [];
    for (const category of Object.keys(config).sort()) {
      const entries = own(config, category);
      if (!isPlainObject(entries) || !SAFE_NAME.test(category)) continue;
      for (const name of Object.keys(entries).sort()) {
        const entry = own(entries, name);
        if (!isPlainObject(entry) || !SAFE_NAME.test(name)) continue;
        const pointer = joinPointer("", category, name);
        if (own(entry, "providerPlugin") !== "awscloudformation") continue;
        const resource = {
          category,
          name,
          config: entry,
          pointer,
          parameters: /* @__PURE__ */ new Map(),
          nested: []
        };
        if (own(entry, "serviceType") === "imported") {
          this.note(
            pointer,
            `Amplify resource \`${category}/${name}\` is imported: it is not part of the project, so what depends on it is linked as far as the project goes.`
          );
        } else {
          this.readResource(resource, env);
        }
        out.push(resource);
      }
    }
    return out;
  }
  readResource(resource, env) {
    const dir = this.path.join(this.backendDir, resource.category, resource.name);
    const build = this.path.join(dir, "build");
    const pushed = this.path.join(this.backendDir, "awscloudformation", "build", resource.category, resource.name);
    const copies = [build, dir, this.path.join(pushed, "build"), pushed].map((d) => this.templateIn(d));
    const chosen = copies.find((c) => c !== void 0);
    for (const other of copies) if (other && other !== chosen) this.load(other);
    if (!chosen) {
      const recorded = this.metaOf(resource.category, resource.name, "output") !== void 0;
      this.note(
        resource.pointer,
        `Amplify resource \`${resource.category}/${resource.name}\` has no CloudFormation template in the project (the Amplify CLI writes it into \`build/\` at \`amplify push\`; run \`amplify build\` to lint it): not linted, and ${recorded ? "what depends on it gets the outputs amplify-meta.json recorded at the last push" : "what depends on it is not linked"}.`
      );
    } else {
      const doc = this.load(chosen);
      if (doc) {
        this.documents.push(doc);
        if (hasUsableData(doc) && classifyDocument(doc) === "template") resource.template = { path: chosen, doc };
      }
    }
    const files = [this.path.join(build, "parameters.json"), this.path.join(dir, "parameters.json")].filter(
      (f) => this.isFile(f)
    );
    const docs = files.map((f) => this.load(f));
    const first = docs[0];
    if (first && hasUsableData(first) && isPlainObject(first.data)) {
      for (const [key2, value] of Object.entries(first.data)) resource.parameters.set(key2, value);
    } else if (first) {
      this.documents.push(first);
    }
    const categories = env.values ? own(env.values, "categories") : void 0;
    const byCategory = isPlainObject(categories) ? own(categories, resource.category) : void 0;
    const envValues = isPlainObject(byCategory) ? own(byCategory, resource.name) : void 0;
    if (isPlainObject(envValues))
      for (const [key2, value] of Object.entries(envValues)) resource.parameters.set(key2, value);
    if (own(resource.config, "service") === "AppSync" && resource.template) this.graphQlApi(resource, dir);
  }
  /**
   * A GraphQL API (AppSync): the transformer writes `build/cloudformation-template.json` and one
   * nested stack per model under `build/stacks/`, which `amplify push` uploads beside it; the
   * template nests each from `…/stacks/<name>.json`. The role-name parameters are passed even when
   * parameters.json does not name them (upload-appsync-files.js `writeUpdatedParametersJson`: absent
   * `authRoleName`/`unauthRoleName` become `Ref AuthRoleName`/`Ref UnauthRoleName`, kept when the
   * template declares them), so the policies the transformer writes for IAM access
   * (`AuthRolePolicy01`, `UnauthRolePolicy01`) attach to the project's roles.
   */
  graphQlApi(resource, dir) {
    const template = resource.template;
    const data = isPlainObject(template.doc.data) ? template.doc.data : {};
    const declared = own(data, "Parameters");
    for (const [key2, root] of [
      ["authRoleName", "AuthRoleName"],
      ["unauthRoleName", "UnauthRoleName"]
    ]) {
      if (isPlainObject(declared) && own(declared, key2) !== void 0 && !resource.parameters.has(key2))
        resource.parameters.set(key2, { Ref: root });
    }
    const resources = own(data, "Resources");
    if (!isPlainObject(resources)) return;
    const stacksDir = this.path.join(this.path.dirname(template.path), "stacks");
    for (const logicalId of Object.keys(resources).sort()) {
      const body = own(resources, logicalId);
      if (!isPlainObject(body) || own(body, "Type") !== "AWS::CloudFormation::Stack") continue;
      const properties = own(body, "Properties");
      const file = nestedTemplateFile(isPlainObject(properties) ? own(properties, "TemplateURL") : void 0);
      const path = file === void 0 ? void 0 : this.path.join(stacksDir, file);
      const source = file === void 0 ? void 0 : this.path.join(dir, "stacks", file);
      if (source !== void 0 && source !== path && this.isFile(source)) this.load(source);
      const doc = path !== void 0 && this.isFile(path) ? this.load(path) : void 0;
      if (!doc) {
        this.note(
          joinPointer("/Resources", logicalId),
          `Nested stack \`${logicalId}\` of Amplify resource \`${resource.category}/${resource.name}\` has no template${file === void 0 ? "" : ` at \`stacks/${file}\``} beside the API's: not linted, and what it passes is unknown.`,
          template.doc
        );
        continue;
      }
      this.documents.push(doc);
      if (hasUsableData(doc) && classifyDocument(doc) === "template") resource.nested.push({ logicalId, doc });
    }
  }
  /** The template `amplify push` deploys from `dir` (getCfnFiles), undefined when there is none. */
  templateIn(dir) {
    const listing = safeReaddir(this.fs, dir);
    if ("error" in listing) return void 0;
    const names = listing.names.filter(
      (n) => TEMPLATE_NAME.test(n) && n !== "parameters.json" && n !== AUTH_TRIGGER_TEMPLATE && this.isFile(this.path.join(dir, n)) && (this.options.selected?.(this.path.join(dir, n)) ?? true)
    ).sort();
    const picked = names.find((n) => /cloudformation-template\.(ya?ml|json)$/i.test(n)) ?? names[0];
    return picked === void 0 ? void 0 : this.path.join(dir, picked);
  }
  // ── the root stack ───────────────────────────────────────────────────────────────────────
  rootTemplate(resources, byKey, env, rootKey) {
    const rootResources = {};
    const origins = /* @__PURE__ */ new Map();
    const auth = resources.filter(
      (r) => r.category === "auth" && r.name !== "userPoolGroups" && own(r.config, "serviceType") !== "imported"
    ).pop();
    const recordedPool = auth && this.recordedOutput("auth", auth.name, "IdentityPoolId");
    const withPool = auth && (auth.parameters.has("identityPoolName") || auth.parameters.size === 0 && recordedPool) ? auth : void 0;
    const poolId = withPool && (withPool.template || !recordedPool ? { "Fn::GetAtt": [`auth${withPool.name}`, "Outputs.IdentityPoolId"] } : recordedPool);
    const roleAt = auth?.pointer ?? "";
    for (const [logicalId, slot] of [
      ["AuthRole", "authenticated"],
      ["UnauthRole", "unauthenticated"]
    ]) {
      rootResources[logicalId] = {
        Type: "AWS::IAM::Role",
        Properties: {
          RoleName: { Ref: `${logicalId}Name` },
          AssumeRolePolicyDocument: roleTrust(slot, poolId)
        }
      };
      origins.set(joinPointer("", logicalId), roleAt);
    }
    if (!withPool) {
      this.note(
        roleAt,
        auth ? `Amplify auth resource \`${auth.name}\` has no identity pool: the project's AuthRole and UnauthRole keep a trust that denies every identity pool.` : "The Amplify project has no auth resource: its AuthRole and UnauthRole trust no identity pool, so who uses them is not known from the project."
      );
    }
    for (const resource of resources) {
      const logicalId = resource.category + resource.name;
      const parameters = {};
      for (const [key2, value] of resource.parameters) setDataProperty(parameters, key2, rootValue(value));
      const dependsOn = own(resource.config, "dependsOn");
      (Array.isArray(dependsOn) ? dependsOn : []).forEach((dependency, i) => {
        if (!isPlainObject(dependency)) return;
        const category = own(dependency, "category");
        const name = own(dependency, "resourceName");
        const attributes = own(dependency, "attributes");
        if (typeof category !== "string" || typeof name !== "string") return;
        const at2 = joinPointer(resource.pointer, "dependsOn", i);
        const target = byKey.get(`${category}/${name}`);
        if (!target) {
          this.note(
            at2,
            `Amplify resource \`${resource.category}/${resource.name}\` depends on \`${category}/${name}\`, which the project does not have: the parameters it would pass are unknown.`
          );
          return;
        }
        if (own(resource.config, "service") === "AppSync" && category === "auth") return;
        const imported = own(target.config, "serviceType") === "imported";
        (Array.isArray(attributes) ? attributes : []).forEach((attribute, j) => {
          if (typeof attribute !== "string") return;
          const key2 = `${category}${name}${attribute}`;
          const recorded = imported || !target.template ? this.recordedOutput(category, name, attribute) : void 0;
          if (imported && recorded === void 0) return;
          setDataProperty(parameters, key2, recorded ?? { "Fn::GetAtt": [category + name, `Outputs.${attribute}`] });
          origins.set(joinPointer("", logicalId, "Properties", "Parameters", key2), joinPointer(at2, "attributes", j));
        });
      });
      if (env.name !== void 0) parameters.env = env.name;
      rootResources[logicalId] = {
        Type: "AWS::CloudFormation::Stack",
        Properties: { TemplateURL: `${resource.category}/${resource.name}`, Parameters: parameters }
      };
      origins.set(joinPointer("", logicalId), resource.pointer);
    }
    this.apiGatewayAuthStack(resources, rootResources, origins, env, rootKey);
    const data = {
      AWSTemplateFormatVersion: "2010-09-09",
      Description: "Root Stack for AWS Amplify CLI (synthesised by cognito-iam-lint from backend-config.json)",
      Parameters: { AuthRoleName: { Type: "String" }, UnauthRoleName: { Type: "String" } },
      Resources: rootResources
    };
    const committed = this.committedRoot();
    const config = committed ? mergeCommittedRoot(data, rootResources, committed) : this.config;
    const original = (pointer) => {
      const tokens = splitPointer(pointer);
      if (committed) {
        let n = tokens.length;
        while (n > 0 && valueAt(committed.data, tokens.slice(0, n)) === void 0) n--;
        return joinPointer("", ...tokens.slice(0, n));
      }
      if (tokens[0] !== "Resources" || tokens[1] === void 0) return "";
      for (let n = tokens.length; n > 1; n--) {
        const origin = origins.get(joinPointer("", ...tokens.slice(1, n)));
        if (origin !== void 0) return origin;
      }
      return "";
    };
    const doc = {
      file: config.file,
      format: config.format,
      data,
      syntaxErrors: [],
      duplicateKeys: [],
      unknownTags: [],
      size: config.size,
      text: config.text,
      locate: (pointer, which) => config.locate(original(pointer), which)
    };
    const parameterValues = new Map(this.options.userParameters);
    const provider = env.values ? own(env.values, "awscloudformation") : void 0;
    for (const key2 of ["AuthRoleName", "UnauthRoleName"]) {
      for (const value of [
        isPlainObject(provider) ? own(provider, key2) : void 0,
        this.metaOf("providers", "awscloudformation", key2)
      ])
        if (typeof value === "string" && value !== "" && !parameterValues.has(key2)) parameterValues.set(key2, value);
    }
    return {
      doc,
      resourcesPointer: "/Resources",
      stackName: `${config.file} (Amplify root stack)`,
      stackKey: rootKey,
      cdkPaths: /* @__PURE__ */ new Map(),
      parameterValues
    };
  }
  /**
   * `awscloudformation/build/root-cloudformation-stack.json`, the root stack the last push deployed
   * (push-resources.ts `storeRootStackTemplate`), else `awscloudformation/nested-cloudformation-stack.yml`
   * where older CLIs wrote it, when it is in the project, parses as a template and the run's filters
   * select it; claimed either way (both are), so it is never linted as a template of its own.
   */
  committedRoot() {
    const dir = this.path.join(this.backendDir, "awscloudformation");
    const files = [this.path.join(dir, "build", COMMITTED_ROOT), this.path.join(dir, OLD_COMMITTED_ROOT)].filter(
      (f) => this.isFile(f) && (this.options.selected?.(f) ?? true)
    );
    const docs = files.map((f) => this.load(f));
    const doc = docs[0];
    if (!doc) return void 0;
    this.documents.push(doc);
    return hasUsableData(doc) && classifyDocument(doc) === "template" && isPlainObject(doc.data) ? doc : void 0;
  }
  /** `api/APIGatewayAuthStack.json`, nested as the CLI nests it (push-resources.ts formNestedStack, APIGatewayAuthURL). */
  apiGatewayAuthStack(resources, rootResources, origins, env, rootKey) {
    const file = this.path.join(this.backendDir, "api", `${APIGW_AUTH_STACK}.json`);
    if (!this.isFile(file)) return;
    const doc = this.load(file);
    if (!doc) return;
    this.documents.push(doc);
    if (!hasUsableData(doc) || classifyDocument(doc) !== "template" || !isPlainObject(doc.data)) return;
    const declared = isPlainObject(doc.data.Parameters) ? Object.keys(doc.data.Parameters) : [];
    const parameters = {
      authRoleName: { Ref: "AuthRole" },
      unauthRoleName: { Ref: "UnauthRole" }
    };
    if (env.name !== void 0) parameters.env = env.name;
    for (const api of resources) {
      if (api.category === "api" && declared.includes(api.name))
        setDataProperty(parameters, api.name, { "Fn::GetAtt": [`api${api.name}`, "Outputs.ApiId"] });
    }
    rootResources[APIGW_AUTH_STACK] = {
      Type: "AWS::CloudFormation::Stack",
      Properties: { TemplateURL: `api/${APIGW_AUTH_STACK}.json`, Parameters: parameters }
    };
    origins.set(joinPointer("", APIGW_AUTH_STACK), this.hasApi ? "/api" : "");
    this.templates.push({
      doc,
      resourcesPointer: "/Resources",
      stackName: doc.file,
      stackKey: doc.file,
      nestedIn: { parentStackKey: rootKey, logicalId: APIGW_AUTH_STACK },
      cdkPaths: /* @__PURE__ */ new Map(),
      parameterValues: this.options.userParameters
    });
  }
};
function mergeCommittedRoot(data, resources, committed) {
  const root = isPlainObject(committed.data) ? committed.data : {};
  for (const section of ["Parameters", "Conditions", "Mappings"]) {
    const value = own(root, section);
    if (isPlainObject(value)) data[section] = { ...isPlainObject(data[section]) ? data[section] : {}, ...value };
  }
  const theirs = own(root, "Resources");
  for (const [logicalId, body] of Object.entries(isPlainObject(theirs) ? theirs : {})) {
    if (!isPlainObject(body) || TRUST_UPDATER.has(logicalId)) continue;
    const ours = own(resources, logicalId);
    if (ours === void 0) {
      if (own(body, "Type") !== "AWS::CloudFormation::Stack") setDataProperty(resources, logicalId, body);
      continue;
    }
    const properties = own(body, "Properties");
    if (logicalId !== "AuthRole" && logicalId !== "UnauthRole" || !isPlainObject(ours) || !isPlainObject(properties))
      continue;
    const merged = {};
    for (const [key2, value] of Object.entries(properties))
      if (key2 !== "AssumeRolePolicyDocument") setDataProperty(merged, key2, value);
    const ourProperties = own(ours, "Properties");
    if (isPlainObject(ourProperties))
      setDataProperty(merged, "AssumeRolePolicyDocument", own(ourProperties, "AssumeRolePolicyDocument"));
    setDataProperty(resources, logicalId, { ...ours, Properties: merged });
  }
  return committed;
}
function valueAt(data, tokens) {
  let node = data;
  for (const token of tokens) {
    if (Array.isArray(node)) node = node[Number(token)];
    else node = isPlainObject(node) ? own(node, token) : void 0;
    if (node === void 0) return void 0;
  }
  return node;
}
function roleTrust(slot, poolId) {
  const statement = {
    Effect: poolId ? "Allow" : "Deny",
    Principal: { Federated: "cognito-identity.amazonaws.com" },
    Action: "sts:AssumeRoleWithWebIdentity"
  };
  if (!poolId) return { Version: "2012-10-17", Statement: [statement] };
  return {
    Version: "2012-10-17",
    Statement: [
      {
        ...statement,
        Condition: {
          StringEquals: { "cognito-identity.amazonaws.com:aud": poolId },
          "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": slot }
        }
      }
    ]
  };
}
function nestedTemplateFile(url) {
  const join4 = isPlainObject(url) ? own(url, "Fn::Join") : void 0;
  const parts = Array.isArray(join4) && Array.isArray(join4[1]) ? join4[1] : [url];
  const last = parts[parts.length - 1];
  if (typeof last !== "string") return void 0;
  const name = last.slice(last.lastIndexOf("/") + 1);
  return /^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.json$/.test(name) ? name : void 0;
}
function rootValue(value) {
  if (Array.isArray(value)) return value.join();
  if (isPlainObject(value) && Object.keys(value).length === 1) {
    const ref = own(value, "Ref");
    if (ref === "AuthRoleName") return { Ref: "AuthRole" };
    if (ref === "UnauthRoleName") return { Ref: "UnauthRole" };
  }
  return value;
}

// src/parsers/hcl.ts
var MAX_HCL_CHARS = 4 * 1024 * 1024;
var MAX_TOKENS = 1e6;
var MAX_DEPTH = 32;
var MAX_NODES = 5e4;
var MAX_EXPRESSION_CHARS = 1024;
function scanHcl(file, text) {
  const data = {};
  const spans = /* @__PURE__ */ new Map();
  if (text.length <= MAX_HCL_CHARS) new Scanner(text, tokenize(text), data, spans).file();
  const lines = new LineIndex(text);
  return {
    file,
    format: "hcl",
    data,
    syntaxErrors: [],
    duplicateKeys: [],
    unknownTags: [],
    size: text.length,
    text,
    locate(pointer, which) {
      for (let at2 = pointer; ; at2 = at2.slice(0, at2.lastIndexOf("/"))) {
        const span = spans.get(at2);
        if (span) return which === "key" ? lines.range(span.keyStart, span.keyEnd) : lines.range(span.start, span.end);
        if (at2 === "") return lines.range(0, 0);
      }
    }
  };
}
var isIdentStart = (c) => /[A-Za-z_]/.test(c);
var isIdentPart = (c) => /[\w-]/.test(c);
function tokenize(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length && tokens.length < MAX_TOKENS) {
    const c = text[i];
    const next = text[i + 1];
    if (c === "\n") {
      tokens.push({ kind: "newline", start: i, end: i + 1, text: void 0 });
      i++;
    } else if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") {
      i++;
    } else if (c === "#" || c === "/" && next === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const literal = text.slice(i + 1, end - 1);
      const plain = end - 1 > i && text[end - 1] === '"' && !/[\\$%]/.test(literal);
      tokens.push({ kind: "string", start: i, end, text: plain ? literal : void 0 });
      i = end;
    } else if (c === "<" && next === "<" && heredocStart(text, i)) {
      const end = heredocEnd(text, i);
      tokens.push({ kind: "heredoc", start: i, end, text: void 0 });
      i = end;
    } else if (isIdentStart(c)) {
      let end = i + 1;
      while (end < text.length && isIdentPart(text[end])) end++;
      tokens.push({ kind: "ident", start: i, end, text: text.slice(i, end) });
      i = end;
    } else if ("{}[]()=,.:".includes(c)) {
      if (c === "=" && (next === "=" || next === ">")) {
        tokens.push({ kind: "other", start: i, end: i + 2, text: void 0 });
        i += 2;
      } else {
        tokens.push({ kind: "punct", start: i, end: i + 1, text: c });
        i++;
      }
    } else if ((c === "!" || c === "<" || c === ">") && next === "=") {
      tokens.push({ kind: "other", start: i, end: i + 2, text: void 0 });
      i += 2;
    } else {
      tokens.push({ kind: "other", start: i, end: i + 1, text: void 0 });
      i++;
    }
  }
  return tokens;
}
function stringEnd(text, start, depth = 0) {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === "\n") return i;
    if (c === '"') return i + 1;
    if (c === "\\") i += 2;
    else if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") i += 3;
    else if ((c === "$" || c === "%") && text[i + 1] === "{") i = templateEnd(text, i + 2, depth + 1);
    else i++;
  }
  return text.length;
}
function templateEnd(text, start, depth) {
  if (depth > MAX_DEPTH) return text.length;
  let braces = 0;
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i, depth);
      continue;
    }
    if (c === "{") braces++;
    else if (c === "}" && braces-- === 0) return i + 1;
    i++;
  }
  return text.length;
}
function heredocStart(text, at2) {
  const match = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(at2, at2 + 300));
  return match ? { id: match[1], bodyStart: at2 + match[0].length } : void 0;
}
function heredocEnd(text, at2) {
  const { id, bodyStart } = heredocStart(text, at2);
  let lineStart = bodyStart;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const trimmed = text.slice(lineStart, lineEnd).trim();
    if (trimmed === id) return lineStart + text.slice(lineStart, lineEnd).indexOf(id) + id.length;
    lineStart = lineEnd + 1;
  }
  return text.length;
}
var TOP_BLOCKS = { resource: 2, data: 2, module: 1 };
var Scanner = class {
  constructor(text, tokens, data, spans) {
    this.text = text;
    this.tokens = tokens;
    this.data = data;
    this.spans = spans;
  }
  text;
  tokens;
  data;
  spans;
  i = 0;
  nodes = 0;
  get token() {
    return this.tokens[this.i];
  }
  is(kind, text, offset = 0) {
    const token = this.tokens[this.i + offset];
    return token !== void 0 && token.kind === kind && (text === void 0 || token.text === text);
  }
  /** The top level: blocks this scan records; anything else (providers, variables, locals) is passed over. */
  file() {
    while (this.token) {
      if (this.is("newline")) {
        this.i++;
        continue;
      }
      const head = this.token;
      const labels = head.kind === "ident" ? TOP_BLOCKS[head.text] : void 0;
      const header = labels === void 0 ? void 0 : this.header(labels);
      if (header && head.text) {
        const key2 = head.text === "resource" ? header.join(".") : `${head.text}.${header.join(".")}`;
        const keyEnd = this.tokens[this.i - 2].end;
        if (Object.prototype.hasOwnProperty.call(this.data, key2)) this.skipBlock();
        else {
          const pointer = joinPointer("", key2);
          const body = {};
          setDataProperty(this.data, key2, body);
          const end = this.body(body, pointer, 1);
          this.record(pointer, { start: head.start, end, keyStart: head.start, keyEnd });
        }
      } else if (this.isBlockHeader()) this.skipBlock();
      else this.skipLine();
    }
  }
  /** After a block type: `labels` quoted labels and `{`; the labels' texts, with the `{` read. Else nothing is read. */
  header(labels) {
    const names = [];
    for (let k = 1; k <= labels; k++) {
      const label = this.tokens[this.i + k];
      if (label?.kind !== "string" || label.text === void 0 || label.text === "") return void 0;
      names.push(label.text);
    }
    if (!this.is("punct", "{", labels + 1)) return void 0;
    this.i += labels + 2;
    return names;
  }
  /** `type label* {` at the cursor (a block this scan does not record). */
  isBlockHeader() {
    if (!this.is("ident")) return false;
    let k = 1;
    while (this.is("string", void 0, k) || this.is("ident", void 0, k)) k++;
    return this.is("punct", "{", k);
  }
  /**
   * A block's body, after its `{`, up to and including its `}`: attributes and nested blocks recorded
   * into `into` at `pointer`. Returns the end of the block.
   */
  body(into, pointer, depth) {
    while (this.token) {
      const token = this.token;
      if (token.kind === "newline" || token.kind === "punct" && token.text === ",") {
        this.i++;
      } else if (token.kind === "punct" && token.text === "}") {
        this.i++;
        return token.end;
      } else if (token.kind === "ident" && this.is("punct", "=", 1)) {
        this.attribute(into, pointer, token, depth);
      } else if (token.kind === "ident" && this.isBlockHeader() && depth < MAX_DEPTH) {
        let k = 1;
        while (!this.is("punct", "{", k)) k++;
        const keyEnd = this.tokens[this.i + k - 1].end;
        this.i += k + 1;
        const name = token.text;
        const list = Object.prototype.hasOwnProperty.call(into, name) ? into[name] : void 0;
        const blocks = Array.isArray(list) ? list : [];
        if (!Array.isArray(list)) setDataProperty(into, name, blocks);
        const block = {};
        const at2 = joinPointer(pointer, name, blocks.length);
        blocks.push(block);
        const end = this.body(block, at2, depth + 1);
        this.record(at2, { start: token.start, end, keyStart: token.start, keyEnd });
        if (blocks.length === 1) this.record(joinPointer(pointer, name), this.spans.get(at2));
      } else this.skipLine();
    }
    return this.text.length;
  }
  /** `name = expression`: the expression runs to a line break (or `,`) outside brackets, or to the body's `}`. */
  attribute(into, pointer, name, depth) {
    this.i += 2;
    const at2 = joinPointer(pointer, name.text);
    const start = this.token?.start ?? this.text.length;
    let value;
    if (this.is("punct", "{") && !this.isForExpression() && depth < MAX_DEPTH) {
      this.i++;
      const object = {};
      this.objectItems(object, at2);
      value = object;
      if (!this.atExpressionEnd()) {
        value = void 0;
        this.skipExpression();
      }
    } else this.skipExpression();
    const end = this.tokens[this.i - 1]?.end ?? this.text.length;
    if (value === void 0) value = this.text.slice(start, Math.min(end, start + MAX_EXPRESSION_CHARS)).trim();
    if (!Object.prototype.hasOwnProperty.call(into, name.text)) {
      setDataProperty(into, name.text, value);
      this.record(at2, { start: name.start, end, keyStart: name.start, keyEnd: name.end });
    }
  }
  /** An object constructor's items after its `{`, up to and including its `}`: `key = expr` or `key: expr`. */
  objectItems(into, pointer) {
    while (this.token) {
      const token = this.token;
      if (token.kind === "newline" || token.kind === "punct" && token.text === ",") {
        this.i++;
        continue;
      }
      if (token.kind === "punct" && token.text === "}") {
        this.i++;
        return;
      }
      const key2 = token.kind === "ident" ? token.text : token.kind === "string" ? token.text : void 0;
      if (key2 === void 0 || !(this.is("punct", "=", 1) || this.is("punct", ":", 1))) {
        this.skipExpression(true);
        continue;
      }
      this.i += 2;
      const start = this.token?.start ?? this.text.length;
      this.skipExpression(true);
      const end = this.tokens[this.i - 1]?.end ?? this.text.length;
      if (Object.prototype.hasOwnProperty.call(into, key2)) continue;
      setDataProperty(into, key2, this.text.slice(start, Math.min(end, start + MAX_EXPRESSION_CHARS)).trim());
      this.record(joinPointer(pointer, key2), { start: token.start, end, keyStart: token.start, keyEnd: token.end });
    }
  }
  /** After the `{` at the cursor, is the first token (past line breaks) the keyword `for`? */
  isForExpression() {
    let k = 1;
    while (this.is("newline", void 0, k)) k++;
    return this.is("ident", "for", k);
  }
  /** Is the cursor at the end of an attribute's expression (a line break, the body's `}`, or the end)? */
  atExpressionEnd() {
    return !this.token || this.is("newline") || this.is("punct", "}");
  }
  /**
   * Passes over an expression: up to a line break outside brackets, or (`inObject`) a `,` outside
   * brackets, leaving the cursor on it; a `}` closing the enclosing body is left unread too.
   */
  skipExpression(inObject = false) {
    let depth = 0;
    while (this.token) {
      const token = this.token;
      if (depth === 0 && (token.kind === "newline" || inObject && token.kind === "punct" && token.text === ","))
        return;
      if (token.kind === "punct" && "{[(".includes(token.text)) depth++;
      else if (token.kind === "punct" && "}])".includes(token.text)) {
        if (depth === 0) return;
        depth--;
      }
      this.i++;
    }
  }
  /** Passes over a block this scan does not record: its header and its balanced body. */
  skipBlock() {
    while (this.token && !this.is("punct", "{")) this.i++;
    let depth = 0;
    while (this.token) {
      const token = this.token;
      this.i++;
      if (token.kind === "punct" && token.text === "{") depth++;
      else if (token.kind === "punct" && token.text === "}" && --depth === 0) return;
    }
  }
  /** Passes over what does not read as an attribute or a block: the rest of the line, brackets balanced. */
  skipLine() {
    const start = this.i;
    this.skipExpression();
    if (this.i === start) this.i++;
  }
  record(pointer, span) {
    if (this.nodes >= MAX_NODES) return;
    this.nodes++;
    this.spans.set(pointer, span);
  }
};

// src/inputs/terraform-sources.ts
var MAX_MODULE_DEPTH = 16;
var MAX_MODULE_DIRS = 64;
var MAX_FILES_PER_DIR = 128;
function withTerraformSources(plan, planPath, host, notes) {
  const { path, fs } = host;
  const rootDir = path.dirname(planPath);
  const rootReal = safeRealpath(fs, rootDir);
  if (rootReal === void 0) return { doc: plan, sources: [] };
  const declarations = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  const readDir = (dir) => {
    const real = safeRealpath(fs, dir) ?? dir;
    let found = dirs.get(real);
    if (!found) {
      found = readModuleDir(dir, rootReal, host, notes);
      dirs.set(real, found);
    }
    return found;
  };
  const root = readDir(rootDir);
  if (root.size > 0) declarations.set("", root);
  const walk = (module, modulePath, dir, pointer, depth) => {
    const calls = at(module, "module_calls");
    if (!isPlainObject(calls) || depth >= MAX_MODULE_DEPTH) return;
    for (const name of Object.keys(calls).sort(compareStrings)) {
      const call = own(calls, name);
      const source = at(call, "source");
      if (typeof source !== "string" || !/^\.\.?[\\/]/.test(source)) continue;
      const callPointer = joinPointer(pointer, "module_calls", name);
      const target = path.resolve(dir, source);
      const real = safeRealpath(fs, target);
      if (real === void 0) continue;
      if (!isWithin(path, rootReal, real)) {
        notes.push({
          file: plan.file,
          range: plan.locate(joinPointer(callPointer, "source")),
          message: `The source \`${source}\` of module \`${name}\` leads out of the plan JSON's directory: its \`.tf\` files are not read, and its findings stay at the plan JSON.`
        });
        continue;
      }
      if (dirs.size >= MAX_MODULE_DIRS && !dirs.has(real)) continue;
      const childPath = modulePath === "" ? `module.${name}` : `${modulePath}.module.${name}`;
      const found = readDir(target);
      if (found.size > 0) declarations.set(childPath, found);
      walk(at(call, "module"), childPath, target, joinPointer(callPointer, "module"), depth + 1);
    }
  };
  walk(at(at(plan.data, "configuration"), "root_module"), "", rootDir, "/configuration/root_module", 0);
  if (declarations.size === 0) return { doc: plan, sources: [] };
  const sources = /* @__PURE__ */ new Set();
  for (const module of declarations.values()) for (const ref of module.values()) sources.add(ref.doc);
  return { doc: placedDocument(plan, declarations), sources: [...sources] };
}
function readModuleDir(dir, rootReal, host, notes) {
  const { fs, path } = host;
  const out = /* @__PURE__ */ new Map();
  const listing = safeReaddir(fs, dir);
  if ("error" in listing) return out;
  const names = listing.names.filter((name) => name.endsWith(".tf")).sort(compareStrings);
  if (names.length > MAX_FILES_PER_DIR)
    notes.push({
      file: host.display(dir),
      message: `Only the first ${MAX_FILES_PER_DIR} \`.tf\` files of this directory are read for the positions of findings.`
    });
  for (const name of names.slice(0, MAX_FILES_PER_DIR)) {
    const file = path.join(dir, name);
    const stat = safeStat(fs, file);
    if (!("stat" in stat) || !stat.stat?.isFile || stat.stat.size > MAX_HCL_CHARS) continue;
    const real = safeRealpath(fs, file);
    if (real === void 0 || !isWithin(path, rootReal, real)) {
      notes.push({
        file: host.display(file),
        message: "A link to outside the plan JSON's directory: not read for the positions of findings."
      });
      continue;
    }
    let doc = host.scanned.get(real);
    if (!doc) {
      const read = readTextFile(fs, file, host.budget);
      if (!read.ok) continue;
      doc = scanHcl(host.display(file), read.text);
      host.scanned.set(real, doc);
    }
    const data = doc.data;
    for (const key2 of Object.keys(data)) if (!out.has(key2)) out.set(key2, { doc, pointer: joinPointer("", key2) });
  }
  return out;
}
function placedDocument(plan, declarations) {
  const place = (pointer) => placeInSources(plan, declarations, pointer) ?? { doc: plan, pointer };
  return {
    file: plan.file,
    format: plan.format,
    data: plan.data,
    syntaxErrors: plan.syntaxErrors,
    duplicateKeys: plan.duplicateKeys,
    unknownTags: plan.unknownTags,
    size: plan.size,
    text: plan.text,
    locate: (pointer, which) => {
      const at2 = place(pointer);
      return at2.doc.locate(at2.pointer, which);
    },
    compiledFrom: { form: "terraform", place }
  };
}
function placeInSources(plan, declarations, pointer) {
  const tokens = splitPointer(pointer);
  const top = tokens[0];
  if (top !== "planned_values" && top !== "values" || tokens[1] !== "root_module" || !isPlainObject(plan.data))
    return void 0;
  let module = own(own(plan.data, top), "root_module");
  let modulePath = "";
  let moduleAddress = "";
  let i = 2;
  while (tokens[i] === "child_modules" && i < 2 + 2 * MAX_MODULE_DEPTH) {
    const children = isPlainObject(module) ? own(module, "child_modules") : void 0;
    const child = Array.isArray(children) ? children[Number(tokens[i + 1])] : void 0;
    const address = isPlainObject(child) ? own(child, "address") : void 0;
    if (typeof address !== "string" || !address.startsWith(moduleAddress === "" ? "" : `${moduleAddress}.`))
      return void 0;
    const name2 = /^module\.([A-Za-z_][\w-]*)/.exec(address.slice(moduleAddress === "" ? 0 : moduleAddress.length + 1));
    if (!name2) return void 0;
    modulePath = modulePath === "" ? `module.${name2[1]}` : `${modulePath}.module.${name2[1]}`;
    moduleAddress = address;
    module = child;
    i += 2;
  }
  if (tokens[i] !== "resources") return void 0;
  const list = isPlainObject(module) ? own(module, "resources") : void 0;
  const resource = Array.isArray(list) ? list[Number(tokens[i + 1])] : void 0;
  if (!isPlainObject(resource)) return void 0;
  const { mode, type, name } = resource;
  if (typeof type !== "string" || typeof name !== "string") return void 0;
  const declared = declarations.get(modulePath)?.get(`${mode === "data" ? "data." : ""}${type}.${name}`);
  if (!declared) return void 0;
  if (tokens[i + 2] !== "values") return declared;
  let node = valueAt2(declared);
  let at2 = declared.pointer;
  for (const token of tokens.slice(i + 3)) {
    if (isPlainObject(node) && Object.prototype.hasOwnProperty.call(node, token)) node = node[token];
    else if (Array.isArray(node) && node.length === 1 && token === "0") node = node[0];
    else break;
    at2 = joinPointer(at2, token);
  }
  return { doc: declared.doc, pointer: at2 };
}
function at(node, key2) {
  return isPlainObject(node) ? own(node, key2) : void 0;
}
function valueAt2(ref) {
  const data = ref.doc.data;
  const key2 = splitPointer(ref.pointer)[0];
  return isPlainObject(data) && key2 !== void 0 ? own(data, key2) : void 0;
}

// src/inputs/load.ts
var DEFAULT_MAX_TOTAL_BYTES = 100 * 1024 * 1024;
var LINTABLE_EXTENSIONS = [".json", ".yaml", ".yml", ".template", ".cfn"];
function isSkippedDirectory(name) {
  return name === "node_modules" || name.startsWith(".") || name.startsWith("asset.");
}
function hasLintableExtension(name) {
  const lower = name.toLowerCase();
  return LINTABLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
var NOT_LINTABLE = "not a CloudFormation template, Resources fragment, IAM policy document or cloud assembly manifest";
var IGNORED = "ignored because of a matching ignore pattern (use --no-ignore to lint it)";
function loadInputs(paths, options) {
  return new Loader(options, options.parser?.parse ?? parseText).load(paths);
}
var Loader = class _Loader {
  constructor(options, parse) {
    this.options = options;
    this.parse = parse;
    this.fs = options.fs;
    this.path = pathApiFor(options.cwd);
    this.cwd = this.path.resolve(options.cwd);
    this.budget = readBudget(options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES);
    const view = (base) => rebaser(this.path, this.cwd, base ?? this.cwd);
    const compile = (patterns, base) => ({
      globs: (patterns ?? []).filter((p) => p !== "").map((p) => compileGlob(p.replace(/^\.\//, ""))).filter((g) => !isGlobRefusal(g)),
      view: view(base)
    });
    this.include = compile(options.include, options.includeBase);
    this.exclude = compile(options.exclude, options.excludeBase);
    this.ignores = (options.ignores ?? []).map(({ base, list }) => ({ list, view: view(base) }));
  }
  options;
  parse;
  fs;
  path;
  cwd;
  cache = /* @__PURE__ */ new Map();
  include;
  exclude;
  ignores;
  entries = [];
  seenFiles = /* @__PURE__ */ new Map();
  seenAssemblies = /* @__PURE__ */ new Set();
  claimed = /* @__PURE__ */ new Set();
  assemblyResults = /* @__PURE__ */ new Map();
  seenProjects = /* @__PURE__ */ new Set();
  projectResults = /* @__PURE__ */ new Map();
  seenServices = /* @__PURE__ */ new Set();
  serviceResults = /* @__PURE__ */ new Map();
  notes = [];
  documents = [];
  documentSet = /* @__PURE__ */ new Set();
  /** What each dialect will read, as documents are routed to it. */
  dialects = { cloudformation: [], "iam-json": [], terraform: [] };
  problems = [];
  skipped = [];
  budget;
  userParameters = /* @__PURE__ */ new Map();
  /** The file on disk that `-` stands for (its `filename`), read from stdin instead. */
  stdinReplaces;
  amplifyParameters = /* @__PURE__ */ new Map();
  load(paths) {
    this.readParameters();
    for (const given of paths) this.collect(given);
    if (this.options.stdin && this.entries.some((e) => e.kind === "stdin")) this.stdinReplaces = this.stdinPath();
    this.readAssemblies();
    this.readProjects();
    this.readServices();
    this.options.parser?.prefetch(this.filesToRead());
    for (const entry of this.entries) {
      if (entry.kind === "file") this.readFile(entry.path, entry.explicit);
      else if (entry.kind === "stdin") this.readStdin();
      else if (entry.kind === "amplify") this.emitProject(entry.backend);
      else if (entry.kind === "serverless") this.emitService(entry.serviceFile);
      else this.emitAssembly(entry.manifest);
    }
    for (const { file, text } of this.options.documents ?? [])
      this.accept(this.parse(file, text), { explicit: true, lintableName: true, fsPath: void 0 });
    return {
      documents: this.documents,
      dialects: this.dialects,
      problems: this.problems,
      skipped: this.skipped,
      ...this.notes.length > 0 ? { notes: this.notes } : {}
    };
  }
  display(path) {
    return displayPath(this.path, this.cwd, path);
  }
  addDocument(doc) {
    if (this.documentSet.has(doc)) return;
    this.documentSet.add(doc);
    this.documents.push(doc);
  }
  // ── filters ──────────────────────────────────────────────────────────────────────────────
  /** The path and every directory above it, so `--exclude cdk.out` works like `--exclude 'cdk.out/**'`. */
  static candidates(display) {
    const parts = display.split("/");
    return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
  }
  static matches(scoped, display) {
    const candidates = _Loader.candidates(scoped.view(display));
    return scoped.globs.some((m) => candidates.some((c) => m.match(c)));
  }
  isExcluded(display) {
    return this.exclude.globs.length > 0 && _Loader.matches(this.exclude, display);
  }
  isIncluded(display) {
    return this.include.globs.length === 0 || _Loader.matches(this.include, display);
  }
  /** Whether an ignore list ignores the path (the working directory itself never is). */
  isIgnored(display, isDirectory) {
    if (display === ".") return false;
    return this.ignores.some(({ list, view }) => list.ignores(view(display), isDirectory));
  }
  /** Why a file is filtered out, or undefined when it is selected. */
  filterReason(display) {
    if (this.isExcluded(display)) return "excluded by an --exclude pattern";
    if (!this.isIncluded(display)) return "not matched by any --include pattern";
    return void 0;
  }
  // ── pass 1: what to read ─────────────────────────────────────────────────────────────────
  collect(given) {
    if (given === "-") {
      if (!this.entries.some((e) => e.kind === "stdin")) this.entries.push({ kind: "stdin" });
      return;
    }
    const path = this.path.resolve(this.cwd, given);
    const stat = safeStat(this.fs, path);
    if ("error" in stat) return void this.skipped.push({ file: this.display(path), reason: stat.error, lost: true });
    if (!stat.stat)
      return void this.skipped.push({ file: this.display(path), reason: "no such file or directory", missing: true });
    if (this.isIgnored(this.display(path), stat.stat.isDirectory))
      return void this.skipped.push({ file: this.display(path), reason: IGNORED, ignored: true });
    if (stat.stat.isDirectory)
      return this.visitDirectory(path, true, { real: safeRealpath(this.fs, path) ?? path, shown: this.display(path) });
    if (!stat.stat.isFile) return void this.skipped.push({ file: this.display(path), reason: "not a regular file" });
    if (this.isAssemblyManifest(path)) return this.addAssembly(path, true);
    const backend = enclosingAmplifyBackend(this.fs, this.path, this.path.dirname(path));
    if (backend !== void 0) this.addProject(backend, true);
    if (isServiceFileName(this.path.basename(path))) return this.addService(path, true);
    this.addFile(path, true, stat.stat.size);
  }
  /**
   * Why a walk refuses an entry it would otherwise read: a link whose target leaves `root` (the real
   * path of the directory the user named), or something that is not a regular file. A pull request
   * can add `ln -s ~/.aws/credentials x.json` or `ln -s /proc/self/pagemap x.json`; naming such a
   * file explicitly still lints it.
   */
  refusal(path, stat, root) {
    if (stat.isSymbolicLink) {
      const real = safeRealpath(this.fs, path);
      if (real === void 0 || !isWithin(this.path, root.real, real)) {
        return `symbolic link to outside ${root.shown}: not followed (name it explicitly to lint it)`;
      }
    }
    if (!stat.isFile && !stat.isDirectory) return "not a regular file (a FIFO, socket or device): not read";
    return void 0;
  }
  /**
   * Why a linked directory the walk does not enter is named: it leads out of the root (what it holds
   * is not linted unless named), or back to a directory that contains it (a loop). A link to another
   * directory inside the root is passed over in silence: the walk reaches that directory itself.
   */
  linkedDirectoryRefusal(parent, link, root) {
    const real = safeRealpath(this.fs, link);
    if (real === void 0 || !isWithin(this.path, root.real, real)) {
      return `symbolic link to a directory outside ${root.shown}: not followed (name it explicitly to lint it)`;
    }
    const parentReal = safeRealpath(this.fs, parent) ?? parent;
    if (isWithin(this.path, real, parentReal))
      return "symbolic link to a directory that contains it (a loop): not followed";
    return void 0;
  }
  visitDirectory(dir, explicit, root) {
    const manifest = this.path.join(dir, "manifest.json");
    const manifestStat = safeStat(this.fs, manifest);
    const manifestRefused = "stat" in manifestStat && manifestStat.stat ? this.refusal(manifest, manifestStat.stat, root) : void 0;
    if (manifestRefused) {
      this.skipped.push({ file: this.display(manifest), reason: manifestRefused, refused: true });
    } else if ("stat" in manifestStat && manifestStat.stat?.isFile && this.isAssemblyManifest(manifest)) {
      return this.addAssembly(manifest, explicit);
    }
    if (isAmplifyBackend(this.fs, this.path, dir)) this.addProject(dir, explicit);
    else if (explicit && this.path.basename(dir) === "amplify" && isAmplifyBackend(this.fs, this.path, this.path.join(dir, "backend"))) {
      this.addProject(this.path.join(dir, "backend"), true);
    }
    const serviceFile = serviceFileIn(this.serviceHost, dir);
    if (serviceFile !== void 0 && !this.isIgnored(this.display(serviceFile), false)) {
      const stat = safeStat(this.fs, serviceFile);
      const refused = "stat" in stat && stat.stat ? this.refusal(serviceFile, stat.stat, root) : void 0;
      if (refused) this.skipped.push({ file: this.display(serviceFile), reason: refused, refused: true });
      else this.addService(serviceFile, explicit);
    }
    const listing = safeReaddir(this.fs, dir);
    if ("error" in listing)
      return void this.skipped.push({ file: this.display(dir), reason: listing.error, lost: true });
    for (const name of listing.names.sort(compareStrings)) {
      const child = this.path.join(dir, name);
      const stat = safeStat(this.fs, child);
      if ("error" in stat) {
        this.skipped.push({ file: this.display(child), reason: stat.error, lost: true });
        continue;
      }
      if (!stat.stat) continue;
      if (stat.stat.isDirectory) {
        if (isSkippedDirectory(name) || this.isExcluded(this.display(child)) || this.isIgnored(this.display(child), true))
          continue;
        if (stat.stat.isSymbolicLink) {
          const refused = this.linkedDirectoryRefusal(dir, child, root);
          if (refused) this.skipped.push({ file: this.display(child), reason: refused, refused: true });
          continue;
        }
        this.visitDirectory(child, false, root);
      } else if (hasLintableExtension(name) && !(manifestRefused && child === manifest) && !this.isIgnored(this.display(child), false)) {
        const refused = this.refusal(child, stat.stat, root);
        if (refused === void 0) this.addFile(child, false, stat.stat.size);
        else if (!this.isExcluded(this.display(child)))
          this.skipped.push({ file: this.display(child), reason: refused, refused: true });
      }
    }
  }
  addAssembly(manifest, explicit) {
    if (this.seenAssemblies.has(manifest)) return;
    this.seenAssemblies.add(manifest);
    this.entries.push({ kind: "assembly", manifest, explicit });
  }
  addProject(backend, explicit) {
    if (this.seenProjects.has(backend)) return;
    this.seenProjects.add(backend);
    this.entries.push({ kind: "amplify", backend, explicit });
  }
  /** How a Serverless service reads files: as every file of the run is read (cached, within the run's budget). */
  host;
  get serviceHost() {
    return this.host ??= this.makeServiceHost();
  }
  makeServiceHost() {
    return {
      path: this.path,
      read: (path) => {
        const cached2 = this.cache.get(path);
        if (cached2) return { doc: cached2 };
        const read = readTextFile(this.fs, path, this.budget);
        if (!read.ok) return { reason: read.reason };
        const doc = parseRead(this.parse, this.display(path), read);
        this.cache.set(path, doc);
        return { doc };
      },
      realpath: (path) => safeRealpath(this.fs, path),
      isFile: (path) => {
        const stat = safeStat(this.fs, path);
        return "stat" in stat && stat.stat?.isFile === true;
      },
      within: (dir, target) => isWithin(this.path, dir, target),
      usable: hasUsableData
    };
  }
  /** How the `.tf` sources beside a Terraform plan are read: within the run's budget. */
  sources;
  get sourcesHost() {
    return this.sources ??= {
      fs: this.fs,
      path: this.path,
      budget: this.budget,
      display: (p) => this.display(p),
      scanned: /* @__PURE__ */ new Map()
    };
  }
  addService(serviceFile, explicit) {
    if (this.seenServices.has(serviceFile)) return;
    this.seenServices.add(serviceFile);
    this.entries.push({ kind: "serverless", serviceFile, explicit });
  }
  addFile(path, explicit, size) {
    const seen = this.seenFiles.get(path);
    if (seen) {
      seen.explicit ||= explicit;
      return;
    }
    const entry = { kind: "file", path, explicit, size };
    this.seenFiles.set(path, entry);
    this.entries.push(entry);
  }
  /** Parses a file once per run; undefined when it cannot be read. */
  parseFile(path) {
    const cached2 = this.cache.get(path);
    if (cached2) return cached2;
    const read = readTextFile(this.fs, path, this.budget);
    if (!read.ok) return void 0;
    const doc = parseRead(this.parse, this.display(path), read);
    this.cache.set(path, doc);
    return doc;
  }
  isAssemblyManifest(path) {
    const doc = this.parseFile(path);
    return doc !== void 0 && hasUsableData(doc) && classifyDocument(doc) === "cdk-manifest";
  }
  // ── pass 2: cloud assemblies ─────────────────────────────────────────────────────────────
  /** Reads every assembly before any file, so the files they claim are known when files are read. */
  readAssemblies() {
    const read = [];
    for (const entry of this.entries) {
      if (entry.kind !== "assembly") continue;
      const display = this.display(entry.manifest);
      if (this.isExcluded(display)) {
        if (entry.explicit) this.skipped.push({ file: display, reason: "excluded by an --exclude pattern" });
        continue;
      }
      const result = readAssembly(entry.manifest, this.fs, this.parse, {
        display: (p) => this.display(p),
        cache: this.cache,
        budget: this.budget
      });
      read.push({ manifest: entry.manifest, result });
    }
    const kept = read.filter(
      (a, i) => !read.some(
        (b, j) => j !== i && b.result.claimedFiles.has(a.manifest) && !(j > i && a.result.claimedFiles.has(b.manifest))
      )
    );
    for (const { manifest, result } of kept) {
      for (const file of result.claimedFiles) this.claimed.add(file);
      this.assemblyResults.set(manifest, result);
    }
  }
  emitAssembly(manifest) {
    const result = this.assemblyResults.get(manifest);
    if (!result) return;
    const selected = (file) => this.filterReason(file) === void 0 && !this.isIgnored(file, false);
    for (const doc of result.documents) {
      if (selected(doc.file)) this.addDocument(doc);
    }
    for (const template of result.templates) {
      if (!selected(template.doc.file)) continue;
      this.dialects.cloudformation.push(
        template.nestedIn ? template : { ...template, parameterValues: this.userParameters }
      );
    }
    for (const problem of result.problems) {
      if (!this.isExcluded(problem.file)) this.problems.push(problem);
    }
  }
  // ── pass 2b: Amplify projects ────────────────────────────────────────────────────────────
  /** Reads every Amplify project before any file, so the files they claim are known when files are read. */
  readProjects() {
    for (const entry of this.entries) {
      if (entry.kind !== "amplify") continue;
      const display = this.display(entry.backend);
      if (this.isExcluded(display) || this.claimed.has(this.path.join(entry.backend, BACKEND_CONFIG))) continue;
      const result = readAmplifyProject(entry.backend, this.fs, this.parse, this.path, {
        display: (p) => this.display(p),
        cache: this.cache,
        budget: this.budget,
        userParameters: this.userParameters,
        selected: (path) => {
          const shown = this.display(path);
          return this.filterReason(shown) === void 0 && !this.isIgnored(shown, false);
        }
      });
      for (const file of result.claimedFiles) this.claimed.add(file);
      this.projectResults.set(entry.backend, result);
    }
  }
  emitProject(backend) {
    const result = this.projectResults.get(backend);
    if (!result) return;
    const selected = (file) => this.filterReason(file) === void 0 && !this.isIgnored(file, false);
    const root = result.templates[0]?.stackKey;
    result.documents.forEach((doc, i) => (i === 0 || selected(doc.file)) && this.addDocument(doc));
    for (const template of result.templates)
      if (template.stackKey === root || selected(template.doc.file)) this.dialects.cloudformation.push(template);
    this.notes.push(...result.notes);
  }
  // ── pass 2c: Serverless Framework services ───────────────────────────────────────────────
  /** Reads every service before any file, so the files they include are known (and not linted again) when files are read. */
  readServices() {
    for (const entry of this.entries) {
      if (entry.kind !== "serverless") continue;
      const display = this.display(entry.serviceFile);
      const filtered = this.filterReason(display);
      if (filtered) {
        if (entry.explicit) this.skipped.push({ file: display, reason: filtered });
        continue;
      }
      if (this.claimed.has(entry.serviceFile)) continue;
      const result = readServerlessService(entry.serviceFile, this.serviceHost, this.userParameters);
      for (const file of result.claimedFiles) this.claimed.add(file);
      this.serviceResults.set(entry.serviceFile, result);
    }
  }
  emitService(serviceFile) {
    const result = this.serviceResults.get(serviceFile);
    if (!result) {
      return;
    }
    if (result.unreadable !== void 0)
      this.skipped.push({ file: this.display(serviceFile), reason: result.unreadable, lost: true });
    for (const doc of result.documents) this.addDocument(doc);
    if (result.template)
      this.dialects.cloudformation.push({
        doc: result.template,
        resourcesPointer: "/Resources",
        stackName: `${result.template.file} (Serverless service)`,
        stackKey: `${result.template.file}#serverless`,
        cdkPaths: /* @__PURE__ */ new Map(),
        // `--parameter` values are the service's CLI options, read by its variables (`${opt:stage}`), not template parameters.
        parameterValues: /* @__PURE__ */ new Map(),
        options: result.options
      });
    this.notes.push(...result.notes);
  }
  // ── pass 3: files and stdin ──────────────────────────────────────────────────────────────
  /** The files readFile will read and parse, in its order (those it passes over or has parsed already left out). */
  filesToRead() {
    const files = [];
    for (const entry of this.entries) {
      if (entry.kind !== "file" || this.claimed.has(entry.path) || this.stdinReplaces === entry.path || this.cache.has(entry.path))
        continue;
      const file = this.display(entry.path);
      if (this.filterReason(file) === void 0) files.push({ path: entry.path, file, size: entry.size });
    }
    return files;
  }
  readFile(path, explicit) {
    if (this.claimed.has(path)) return;
    const display = this.display(path);
    if (this.stdinReplaces === path) return;
    const filtered = this.filterReason(display);
    if (filtered) {
      if (explicit) this.skipped.push({ file: display, reason: filtered });
      return;
    }
    let doc = this.cache.get(path);
    if (!doc) {
      const read = readTextFile(this.fs, path, this.budget);
      if (!read.ok) {
        if (explicit || !read.binary)
          this.skipped.push({
            file: display,
            reason: read.reason,
            ...read.binary || read.missing ? {} : { lost: true }
          });
        return;
      }
      doc = parseRead(this.parse, display, read);
      this.cache.set(path, doc);
    }
    const name = this.path.basename(path);
    this.accept(doc, { explicit, lintableName: hasLintableExtension(name), fsPath: path });
  }
  stdinPath() {
    const filename = this.options.stdin?.filename;
    return filename ? this.path.resolve(this.cwd, filename) : void 0;
  }
  readStdin() {
    const stdin = this.options.stdin;
    if (!stdin) return void this.skipped.push({ file: "-", reason: "no standard input was given" });
    const fsPath = this.stdinPath();
    const display = fsPath ? this.display(fsPath) : "<stdin>";
    const size = "bytes" in stdin ? stdin.bytes.length : stdin.text.length;
    if (size > MAX_FILE_BYTES)
      return void this.skipped.push({ file: display, reason: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` });
    const read = "bytes" in stdin ? decodeRead(stdin.bytes) : { ok: true, text: stdin.text };
    if (!read.ok)
      return void this.skipped.push({
        file: display,
        reason: read.binary ? "binary input" : read.reason,
        ...read.binary ? {} : { lost: true }
      });
    if (read.text.slice(0, 8192).includes("\0"))
      return void this.skipped.push({ file: display, reason: "binary input" });
    const doc = parseRead(this.parse, display, read);
    if (fsPath) this.cache.set(fsPath, doc);
    this.accept(doc, { explicit: true, lintableName: true, fsPath, stdin: true });
  }
  accept(doc, from) {
    const kind = hasUsableData(doc) ? classifyDocument(doc) : "other";
    if (doc.syntaxErrors.length > 0 && kind === "other") {
      if (from.explicit && !from.lintableName)
        this.skipped.push({ file: doc.file, reason: "not a JSON or YAML document" });
      else if (!from.explicit && !looksLikeLintInput(doc.text)) {
        this.skipped.push({
          file: doc.file,
          reason: "does not parse and does not look like a template or IAM policy: skipped",
          notTemplate: true
        });
      } else this.addDocument(doc);
      return;
    }
    switch (kind) {
      case "template":
      case "resources-fragment": {
        const light = lighten(doc, this.parse, this.options.lightDocumentChars ?? LIGHT_DOCUMENT_CHARS);
        if (light !== doc) {
          releaseParses([light]);
          if (from.fsPath && this.cache.get(from.fsPath) === doc) this.cache.set(from.fsPath, light);
          doc = light;
        }
        this.addDocument(doc);
        this.dialects.cloudformation.push({
          doc,
          resourcesPointer: kind === "template" ? "/Resources" : "",
          stackName: doc.file,
          stackKey: doc.file,
          cdkPaths: /* @__PURE__ */ new Map(),
          parameterValues: kind === "template" && from.fsPath ? this.parametersFor(from.fsPath) : this.userParameters
        });
        return;
      }
      case "iam":
        this.addDocument(doc);
        this.dialects["iam-json"].push(doc);
        return;
      case "aws-account": {
        this.addDocument(doc);
        this.dialects["iam-json"].push(doc);
        const template = accountTemplate(doc);
        if (template) this.dialects.cloudformation.push(template);
        return;
      }
      case "terraform": {
        const placed = from.fsPath ? withTerraformSources(doc, from.fsPath, this.sourcesHost, this.notes) : { doc, sources: [] };
        this.addDocument(placed.doc);
        for (const source of placed.sources) this.addDocument(source);
        this.dialects.terraform.push(placed.doc);
        return;
      }
      case "cdk-manifest":
        if (from.stdin)
          this.skipped.push({
            file: doc.file,
            reason: "a cloud assembly manifest is read from its directory, not from standard input"
          });
        return;
      case "amplify-parameters":
        if (from.explicit && from.fsPath && !this.claimed.has(from.fsPath) && !this.hasTemplateBeside(from.fsPath)) {
          this.skipped.push({ file: doc.file, reason: "an Amplify parameters.json with no template beside it" });
        }
        return;
      case "other":
        if (from.explicit) this.skipped.push({ file: doc.file, reason: NOT_LINTABLE });
        return;
    }
  }
  hasTemplateBeside(parametersFile) {
    const dir = this.path.dirname(parametersFile);
    const listing = safeReaddir(this.fs, dir);
    if ("error" in listing) return false;
    return listing.names.some((name) => {
      if (name === "parameters.json" || !hasLintableExtension(name)) return false;
      const doc = this.parseFile(this.path.join(dir, name));
      return doc !== void 0 && hasUsableData(doc) && classifyDocument(doc) === "template";
    });
  }
  // ── parameters ───────────────────────────────────────────────────────────────────────────
  /** Amplify's parameters.json beside the template, overridden by what the user gave. */
  parametersFor(templatePath) {
    const amplify = this.amplifyFor(this.path.dirname(templatePath), templatePath);
    if (!amplify || amplify.size === 0) return this.userParameters;
    return new Map([...amplify, ...this.userParameters]);
  }
  amplifyFor(dir, templatePath) {
    if (this.amplifyParameters.has(dir)) return this.amplifyParameters.get(dir);
    const file = this.path.join(dir, "parameters.json");
    let values;
    if (file !== templatePath) {
      const stat = safeStat(this.fs, file);
      const doc = "stat" in stat && stat.stat?.isFile ? this.parseFile(file) : void 0;
      if (doc && hasUsableData(doc) && classifyDocument(doc) === "amplify-parameters" && isPlainObject(doc.data)) {
        this.claimed.add(file);
        const map = /* @__PURE__ */ new Map();
        for (const [key2, value] of Object.entries(doc.data)) {
          const text = parameterText(value);
          if (text !== void 0) map.set(key2, text);
        }
        values = map;
      }
    }
    this.amplifyParameters.set(dir, values);
    return values;
  }
  readParameters() {
    const merged = /* @__PURE__ */ new Map();
    for (const given of this.options.parameterFiles ?? []) {
      const path = this.path.resolve(this.cwd, given);
      const display = this.display(path);
      const read = readTextFile(this.fs, path, this.budget);
      if (!read.ok) {
        this.skipped.push({
          file: display,
          reason: read.reason,
          ...read.missing ? { missing: true } : { lost: true }
        });
        continue;
      }
      const doc = parseRead(this.parse, display, read);
      this.cache.set(path, doc);
      this.claimed.add(path);
      if (!hasUsableData(doc) && !Array.isArray(doc.data)) {
        this.addDocument(doc);
        continue;
      }
      for (const [key2, value] of this.parameterFileEntries(doc)) merged.set(key2, value);
    }
    for (const [key2, value] of this.options.parameters ?? []) merged.set(key2, value);
    this.userParameters = merged;
  }
  /** `[{ParameterKey, ParameterValue}]` (aws cloudformation create-stack), `{Parameters: […]}`, or `{Parameters: {Key: Value}}` (CodePipeline). */
  parameterFileEntries(doc) {
    const out = [];
    const data = doc.data;
    let list = data;
    let base = "";
    if (isPlainObject(data) && "Parameters" in data) {
      list = data.Parameters;
      base = "/Parameters";
      if (isPlainObject(list)) {
        for (const [key2, value] of Object.entries(list)) {
          const text = parameterText(value);
          if (text === void 0)
            this.fileProblem(doc, joinPointer(base, key2), "parameter-no-value", { parameter: key2 });
          else out.push([key2, text]);
        }
        return out;
      }
    }
    if (!Array.isArray(list)) {
      this.fileProblem(doc, base, "parameters-not-a-list", {});
      return out;
    }
    list.forEach((item, index) => {
      const pointer = joinPointer(base, index);
      if (!isPlainObject(item) || typeof item.ParameterKey !== "string") {
        this.fileProblem(doc, pointer, "parameter-no-key", {});
        return;
      }
      if (item.UsePreviousValue === true && !("ParameterValue" in item)) return;
      const text = parameterText(item.ParameterValue);
      if (text === void 0) this.fileProblem(doc, pointer, "parameter-no-value", { parameter: item.ParameterKey });
      else out.push([item.ParameterKey, text]);
    });
    return out;
  }
  fileProblem(doc, pointer, code, data) {
    const message = inputProblemText(code, data);
    this.problems.push({ file: doc.file, range: doc.locate(pointer), code, data, pointer, message, doc });
  }
};
function parameterText(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean")) {
    return value.map(String).join(",");
  }
  return void 0;
}

// src/rule-docs.ts
import { existsSync as existsSync2, readFileSync } from "node:fs";
import { join as join2 } from "node:path";
var cache = /* @__PURE__ */ new Map();
function ruleDocPath(ruleId) {
  return join2(packageRoot(), "rules", ...ruleId.split("/")) + ".md";
}
function ruleDocs(ruleId) {
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(ruleId)) return void 0;
  if (!cache.has(ruleId)) {
    const path = ruleDocPath(ruleId);
    cache.set(ruleId, existsSync2(path) ? readFileSync(path, "utf8") : void 0);
  }
  return cache.get(ruleId);
}

// src/util/ignore-file.ts
function compileIgnore(lines) {
  const rules2 = [];
  const errors = [];
  lines.forEach((raw, index) => {
    const rule = compileLine(raw);
    if (rule === void 0) return;
    if ("refused" in rule) errors.push({ line: index + 1, refused: rule.refused });
    else rules2.push(rule);
  });
  return { list: { ignores: (path, isDirectory) => ignored(rules2, path, isDirectory) }, errors };
}
function compileLine(raw) {
  let line = raw.replace(/\r$/, "");
  let end = line.length;
  while (end > 0 && line[end - 1] === " " && line[end - 2] !== "\\") end -= 1;
  line = line.slice(0, end);
  if (line === "" || line.startsWith("#")) return void 0;
  let negate = false;
  if (line.startsWith("!")) {
    negate = true;
    line = line.slice(1);
  }
  let directoryOnly = false;
  if (line.endsWith("/") && !line.endsWith("\\/")) {
    directoryOnly = true;
    line = line.replace(/\/+$/, "");
  }
  if (line === "") return void 0;
  const anchored = line.includes("/");
  const body = line.replace(/^\/+/, "");
  const pattern = (anchored ? "" : "**/") + body.replace(/(?<!\\)[{}]/g, "\\$&");
  const glob = compileGlob(pattern);
  if (isGlobRefusal(glob)) return glob;
  return { glob, negate, directoryOnly };
}
function ignored(rules2, path, isDirectory) {
  if (rules2.length === 0 || path === "" || path === ".") return false;
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts.slice(0, i).join("/");
    const directory = i < parts.length || isDirectory;
    let verdict = false;
    for (const rule of rules2) {
      if (rule.directoryOnly && !directory) continue;
      if (rule.glob.match(candidate)) verdict = !rule.negate;
    }
    if (verdict) return true;
  }
  return false;
}

// src/version.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
var cached;
function toolVersion() {
  if (cached === void 0) {
    const pkg = JSON.parse(readFileSync2(join3(packageRoot(), "package.json"), "utf8"));
    cached = typeof pkg.version === "string" ? pkg.version : "0.0.0";
  }
  return cached;
}

// src/index.ts
function lint(paths, options) {
  const parameters = new Map(Object.entries(options.config?.parameters ?? {}));
  for (const [k, v] of options.parameters ?? []) parameters.set(k, v);
  const configDir = options.configDir ?? options.cwd;
  const configIgnores = options.config?.ignores?.length ? [{ base: configDir, list: compileIgnore(options.config.ignores).list }] : [];
  const pool = options.jobs === 1 || options.fs !== nodeFileSystem ? void 0 : new WorkerPool(options.jobs);
  try {
    const inputs = loadInputs(paths, {
      fs: options.fs,
      cwd: options.cwd,
      // Globs from the command line are relative to the working directory; the config's to its folder.
      ...options.include ? { include: options.include } : options.config?.include ? { include: options.config.include, includeBase: configDir } : {},
      ...options.exclude ? { exclude: options.exclude } : options.config?.exclude ? { exclude: options.config.exclude, excludeBase: configDir } : {},
      ignores: [...options.ignores ?? [], ...configIgnores],
      ...options.stdin ? { stdin: options.stdin } : {},
      parameters,
      ...options.parameterFiles ? { parameterFiles: options.parameterFiles } : {},
      ...options.maxTotalBytes !== void 0 ? { maxTotalBytes: options.maxTotalBytes } : {},
      ...options.documents ? { documents: options.documents } : {},
      ...options.lightDocumentChars !== void 0 ? { lightDocumentChars: options.lightDocumentChars } : {},
      ...pool ? { parser: pool } : {}
    });
    const linted = options.shard ? selectShard(inputs, options.shard) : inputs;
    if (options.shard) releaseParses(inputs.documents);
    const settings = {
      ...options.config ? { config: options.config } : {},
      ...options.now ? { now: options.now } : {},
      cwd: options.cwd,
      configDir,
      fingerprintDir: options.fingerprintDir ?? options.cwd
    };
    const units = pool && !options.rules ? (all, plan) => pool.lintUnits(all, plan, settings) : void 0;
    const report = lintInputs(linted, { ...options, paths: runPaths(settings), ...units ? { units } : {} });
    return { report, inputs, linted };
  } finally {
    pool?.close();
  }
}
function lintInputs(inputs, options = {}) {
  const result = lintUnderConditions(inputs, options.rules ?? rules, {
    ...options.config ? { config: options.config } : {},
    ...options.now ? { now: options.now } : {},
    ...options.paths ? { paths: options.paths } : {},
    ...options.units ? { units: options.units } : {}
  });
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let suppressed = 0;
  for (const finding of result.findings) {
    if (finding.suppressions.length > 0) suppressed++;
    else counts[finding.severity]++;
  }
  return {
    tool: { name: "cognito-iam-lint", version: toolVersion() },
    files: [...new Set(inputs.documents.map((d) => d.file))].sort(),
    findings: result.findings,
    notifications: sortNotifications([
      ...result.notifications,
      ...inputs.skipped.flatMap(unreadNotification),
      // What the input layer could not link (an Amplify resource without a template): undecidable, as a rule's unresolved value is.
      ...(inputs.notes ?? []).map(
        (note) => ({
          level: "note",
          kind: "unresolved",
          message: note.message,
          file: note.file,
          ...note.range ? { range: note.range } : {}
        })
      )
    ]),
    rules: result.rules.map(ruleMetadata).sort((a, b) => a.id < b.id ? -1 : 1),
    summary: { filesLinted: inputs.documents.length, findings: counts, suppressed }
  };
}
function unreadNotification(skip) {
  const about = (level, message) => [
    { level, kind: "input", message, file: skip.file }
  ];
  if (skip.missing) return about("error", `Not found: ${skip.reason}`);
  if (skip.ignored)
    return about("warning", "File ignored because of a matching ignore pattern (use --no-ignore to lint it).");
  if (skip.notTemplate)
    return about("note", "Skipped: it does not parse and does not look like a template or IAM policy.");
  if (skip.lost) return about("error", `Not read: ${skip.reason}`);
  if (skip.refused) return about("warning", `Not read: ${skip.reason}`);
  return [];
}
function ruleMetadata(rule) {
  const docs = ruleDocs(rule.meta.id);
  return {
    id: rule.meta.id,
    description: rule.meta.description,
    severity: rule.meta.severity,
    fix: rule.meta.fix,
    ...rule.meta.fixIn ? { fixIn: { ...rule.meta.fixIn } } : {},
    references: rule.meta.references,
    ...docs !== void 0 ? { docs } : {},
    tags: rule.meta.tags ?? []
  };
}

export {
  compileIgnore,
  compareNotificationKeys,
  sortNotifications,
  toolVersion,
  lint,
  lintInputs,
  ruleMetadata
};
