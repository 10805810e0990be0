#!/usr/bin/env node
// The command: runs the bundled CLI (dist/cli.js, committed and shipped; `npm run build` makes it).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write(
      'cognito-iam-lint: its code (dist/cli.js) is missing: reinstall the package (in a checkout, run `npm run build`).\n',
    );
    process.exitCode = 2;
    return;
  }
  throw error;
});
