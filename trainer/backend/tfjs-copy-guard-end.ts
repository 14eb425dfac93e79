// The second half of tfjs-copy-guard.ts, imported last by the package's entry: once trainboard's TF.js is
// loaded, an application that imports its own copy afterwards gets trainboard's instead (one copy, one warning).
import { shareTfjsWithApplication } from './tfjs-copy-guard.ts';

shareTfjsWithApplication();
