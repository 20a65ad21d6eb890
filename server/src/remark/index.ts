// `mldoc-lint/remark`: the checks as a unified/remark plugin. Each finding becomes a vfile message
// with the rule id (source "mldoc-lint"), its place, the docs URL, and `fatal` as remark-lint sets it
// (true for errors, false for warnings, undefined for info), so remark-cli and remark-lint setups
// report them like their own rules. The plugin reads the text of the file; it changes nothing.
import path from 'node:path';
import { ConfigError, lint, type LintConfig, type Severity } from '../engine/index.js';
import { ConfigResolver, lintConfigFor } from '../node/config-loader.js';

export interface RemarkMldocLintOptions {
  /**
   * Configuration to use. Default: the nearest .mldoc.json / .mldoc.yaml / package.json "mldoc" of
   * the file (by its path), or the built-in defaults for a file without a path.
   */
  config?: LintConfig;
  /** One config file for every document instead of searching for the nearest. */
  configFile?: string;
  /** Profile when the document's front matter names none. */
  profile?: string;
  /**
   * Check every file, not only the ones detected as design docs (front matter `mldoc: true`, a config
   * `include` glob, or its headings). Default false: a README in the same pipeline is left alone.
   */
  force?: boolean;
  /** Base URL of the rule docs for the messages' `url` (default: the pages shipped in the package). */
  docsBaseUrl?: string;
}

/** What this plugin needs of a vfile (vfile 5 and 6 both have it). */
interface VFileLike {
  value: unknown;
  path?: string;
  cwd?: string;
  message(reason: string, place?: unknown, origin?: string): VFileMessageLike;
}

interface VFileMessageLike {
  fatal?: boolean | null | undefined;
  url?: string;
  source?: string | null;
  ruleId?: string | null;
  note?: string;
}

const FATAL: Record<Severity, boolean | undefined> = { error: true, warning: false, info: undefined };

/** The unified attacher: `unified().use(remarkParse).use(remarkMldocLint, options)`. */
export default function remarkMldocLint(options: RemarkMldocLintOptions = {}) {
  const resolver = new ConfigResolver(options.configFile ? path.resolve(options.configFile) : undefined);
  return function transformer(_tree: unknown, file: VFileLike): void {
    const text = typeof file.value === 'string' ? file.value : String(file.value ?? '');
    let config = options.config;
    if (!config && file.path) {
      const absolute = path.resolve(file.cwd ?? process.cwd(), file.path);
      try {
        config = lintConfigFor(resolver.forDocument(absolute), absolute);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        // A broken config is an error for the file, never a silent fallback to defaults.
        file.message(error.message, undefined, 'mldoc-lint:config').fatal = true;
        return;
      }
    }
    const result = lint(text, {
      config,
      profileOverride: options.profile,
      force: options.force ?? false,
      ...(options.docsBaseUrl ? { docsBaseUrl: options.docsBaseUrl } : {}),
    });
    for (const d of result.diagnostics) {
      const place = {
        start: { line: d.range.start.line, column: d.range.start.column },
        end: { line: d.range.end.line, column: d.range.end.column },
      };
      const message = file.message(d.message, place, `mldoc-lint:${d.ruleId}`);
      message.fatal = FATAL[d.severity];
      message.url = d.docsUrl;
      if (d.related?.length) message.note = d.related.map((r) => `${r.range.start.line}:${r.range.start.column}: ${r.message}`).join('\n');
    }
  };
}

export { remarkMldocLint };
