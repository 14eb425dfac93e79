// The README's install section as the consumer test runs it: the `sh` block (the install command), the `js`
// block (a TF.js script with the two added lines) and the inline `npx trainboard serve ...` command, taken
// verbatim from README.md so that what users read is what CI runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../support/shared-fixtures.ts';

export interface ReadmeInstall {
  /** The words of the install command, e.g. ['npm', 'install', 'trainboard', '@tensorflow/tfjs']. */
  install: string[];
  /** The JavaScript example, verbatim. */
  script: string;
  /** The serve command's words after `npx`. */
  serve: string[];
}

export function readmeInstall(): ReadmeInstall {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Install in your TF.js project\n');
  if (start < 0) throw new Error('README.md: no "## Install in your TF.js project" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const block = (lang: string) => {
    const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section);
    if (!m) throw new Error(`README.md install section: no \`\`\`${lang} block`);
    return m[1]!;
  };
  const serve = /`npx (trainboard serve [^`]+)`/.exec(section);
  if (!serve) throw new Error('README.md install section: no `npx trainboard serve ...` command');
  return { install: block('sh').trim().split(/\s+/), script: block('js'), serve: serve[1]!.split(/\s+/) };
}
