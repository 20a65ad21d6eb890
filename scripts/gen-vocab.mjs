// Turns the vocabulary (vocab/<language>/*.yaml) into server/src/engine/vocab/data.generated.ts, so the
// engine (which runs in Node, in the editor and in a web worker) reads it with no file access.
// `node scripts/gen-vocab.mjs --check` exits 1 when the committed file is out of date.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vocabDir = path.join(root, 'vocab');
const target = path.join(root, 'server/src/engine/vocab/data.generated.ts');

export function buildVocabModule() {
  const data = {};
  for (const language of fs.readdirSync(vocabDir).filter((name) => fs.statSync(path.join(vocabDir, name)).isDirectory()).sort()) {
    data[language] = {};
    for (const file of fs.readdirSync(path.join(vocabDir, language)).filter((name) => name.endsWith('.yaml')).sort()) {
      data[language][file.replace(/\.yaml$/, '')] = parse(fs.readFileSync(path.join(vocabDir, language, file), 'utf8'));
    }
    // Word patterns live one file per module that reads them: patterns/<module>.yaml.
    const patternDir = path.join(vocabDir, language, 'patterns');
    if (fs.existsSync(patternDir)) {
      data[language].patterns = {};
      for (const file of fs.readdirSync(patternDir).filter((name) => name.endsWith('.yaml')).sort()) {
        data[language].patterns[file.replace(/\.yaml$/, '')] = parse(fs.readFileSync(path.join(patternDir, file), 'utf8'));
      }
    }
  }
  return '// Generated from vocab/*/*.yaml by scripts/gen-vocab.mjs (npm run gen). Do not edit by hand.\n'
    + `import type { VocabularyData } from './types.js';\n\nexport const VOCABULARY_DATA: VocabularyData = ${JSON.stringify(data, null, 2)};\n`;
}

const generated = buildVocabModule();
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== generated) {
    console.error('server/src/engine/vocab/data.generated.ts is out of date: run npm run gen');
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, generated);
  console.log('wrote server/src/engine/vocab/data.generated.ts');
}
