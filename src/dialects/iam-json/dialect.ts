/** Raw IAM JSON as a dialect: bare policy documents and what the AWS CLI prints (raw-iam.ts). */
import type { Dialect } from '../../model/contribution.js';
import type { FindingResource } from '../../core/types.js';
import { readRawIam } from './raw-iam.js';
import { emptyApiEntities } from '../../model/apigateway.js';
import { emptyUserPoolEntities } from '../../model/cognito.js';

export const iamJson: Dialect = {
  id: 'iam-json',
  read(inputs) {
    const { parts, rawEntities } = readRawIam(inputs.dialects['iam-json']);
    return {
      ...parts,
      buckets: [],
      userPoolEntities: emptyUserPoolEntities(),
      apiEntities: emptyApiEntities(),
      suppressionScopes: [],
      /** The innermost entity whose node contains `source` (a role inside `get-account-authorization-details` output). */
      placementOf(source) {
        let best: { pointer: string; resource: FindingResource } | undefined;
        for (const entry of rawEntities.get(source.doc) ?? []) {
          const contains =
            source.pointer === entry.pointer || entry.pointer === '' || source.pointer.startsWith(entry.pointer + '/');
          if (contains && (!best || entry.pointer.length > best.pointer.length)) best = entry;
        }
        return best && { resource: best.resource };
      },
      stableNameOf: () => undefined,
    };
  },
};
