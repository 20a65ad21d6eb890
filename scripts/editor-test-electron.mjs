// The same real-editor suite in desktop VS Code, for machines that can download it:
//   npm run build && node scripts/editor-test-electron.mjs
// (@vscode/test-electron downloads VS Code from Microsoft; on the project's build machines that
// download is refused, and scripts/editor-test.mjs runs the suite in code-server instead.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(import.meta.dirname, '..');
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'mldoc-electron-'));
fs.cpSync(path.join(root, 'test', 'editor', 'workspace'), workspace, { recursive: true });
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: path.join(root, 'dist', 'test', 'editor-suite.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`editor tests failed: ${error}`);
  process.exit(1);
}
