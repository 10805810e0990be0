import {
  defineRule,
  exposedRoles,
  isWriteAction,
  prefixConditions,
  s3AccessOf,
  type SourceRef,
} from '../../src/rule-api.js';
import { EXPOSURE_NOTES, exposureNotes } from '../_shared/exposure.js';

/** Amplify's storage access levels (Gen 1): public/ and protected/ are shared by design, and a note says so. */
const AMPLIFY_LEVELS: Readonly<Record<string, 'amplifyPublic' | 'amplifyProtected'>> = {
  'public/': 'amplifyPublic',
  'protected/': 'amplifyProtected',
};

export default defineRule({
  meta: {
    id: 's3/shared-prefix-access',
    description: 'Identity-pool roles that read a fixed prefix shared by every user: a design choice worth confirming',
    severity: 'low',
    messages: {
      shared: 'Role {{role}} may read every object under `{{prefix}}` in bucket `{{bucket}}`, shared by all its users.',
    },
    notes: {
      ...EXPOSURE_NOTES,
      amplifyPublic: "This is Amplify's public level: readable by every user of the app.",
      amplifyProtected:
        "This is Amplify's protected level: every user reads everyone's files, each writes only their own.",
    },
    fix: 'Keep only public content under the shared prefix; move user data under `private/${cognito-identity.amazonaws.com:sub}/`.',
    fixIn: {
      terraform:
        "Keep only public content under the shared prefix; move user data under `private/$${cognito-identity.amazonaws.com:sub}/` in the role's `resources`.",
    },
    references: [
      'https://docs.amplify.aws/gen1/javascript/build-a-backend/storage/configure-access/',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_s3_cognito-bucket.html',
    ],
    tags: ['s3', 'cognito'],
  },
  check(context) {
    for (const { role, exposure } of exposedRoles(context.model)) {
      const seen = new Set<string>();
      // `bucket` is shown; `bucketKey` (never reworded) identifies the finding: fingerprints hash it.
      const report = (bucket: string, bucketKey: string, prefix: string, at: SourceRef): void => {
        const normalised = prefix;
        const key = `${bucketKey}\u0000${normalised}`;
        if (seen.has(key) || normalised === '') return;
        seen.add(key);
        const level = AMPLIFY_LEVELS[normalised];
        context.report({
          messageId: 'shared',
          notes: [...exposureNotes(exposure), ...(level ? [{ id: level }] : [])],
          data: { role: `\`${role.name}\``, prefix: normalised, bucket },
          at,
          key: `${role.name}:${bucketKey}:${normalised}`,
        });
      };
      for (const access of s3AccessOf(role)) {
        if (access.objectActions.length > 0 && !access.objectActions.some(isWriteAction) && !access.narrowedByTags) {
          for (const { value, parsed } of access.resources) {
            if (parsed.kind === 'object' && parsed.scope.kind === 'fixed-prefix')
              report(parsed.bucket.text, parsed.bucket.key, parsed.scope.prefix, value.source);
          }
        }
        if (access.listActions.length > 0) {
          for (const { entry, values } of prefixConditions(access.statement)) {
            if (entry.operator.base !== 'StringLike' && entry.operator.base !== 'StringEquals') continue;
            for (const v of values) {
              if (v === undefined || v === '' || v.startsWith('*') || v.includes('${')) continue;
              // `StringEquals` compares literally: a `*` in its value never matches a real prefix (s3/list-not-scoped
              // reports it as ineffective), so the statement lists nothing under it.
              if (entry.operator.base === 'StringEquals' && /[*?]/.test(v)) continue;
              const prefix = v.replace(/\*+$/, '');
              const found = access.resources.find((r) => r.parsed.kind === 'bucket' || r.parsed.kind === 'pattern');
              const bucket =
                found && (found.parsed.kind === 'bucket' || found.parsed.kind === 'pattern')
                  ? found.parsed.bucket
                  : undefined;
              report(bucket?.text ?? '*', bucket?.key ?? '*', prefix, entry.source);
            }
          }
        }
      }
    }
  },
});
