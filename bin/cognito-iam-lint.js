#!/usr/bin/env node
// The command: starts the bundled CLI through its launcher (dist/launch.js, which compiles
// dist/cli.cjs with V8's code cache; both committed and shipped; `npm run build` makes them).
import('../dist/launch.js')
  .then(({ launch }) => launch())
  .catch((error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/launch.js')) {
      process.stderr.write(
        'cognito-iam-lint: its code (dist/launch.js) is missing: reinstall the package (in a checkout, run `npm run build`).\n',
      );
      process.exitCode = 2;
      return;
    }
    throw error;
  });
