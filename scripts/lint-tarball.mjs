// Lints what would be published: packs the package, unpacks the tarball, and runs n8n's
// community-node rules (the ones n8n's verification scanner applies) over its JavaScript and
// its package.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import tsParser from '@typescript-eslint/parser';
import { configs } from '@n8n/eslint-plugin-community-nodes';
import { ESLint } from 'eslint';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'aigc-pack-'));
try {
	const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
	const tarball = join(work, packed[0].filename);
	execFileSync('tar', ['-xzf', tarball, '-C', work]);
	const pkg = join(work, 'package');
	const files = packed[0].files.map((f) => f.path);
	const stray = files.filter((f) => !f.startsWith('dist/') && !['package.json', 'README.md', 'README.zh-CN.md', 'LICENSE', 'index.js'].includes(f));
	if (stray.length) throw new Error(`The tarball holds files that are not shipped code: ${stray.join(', ')}`);
	const eslint = new ESLint({
		cwd: pkg,
		overrideConfigFile: true,
		overrideConfig: [
			{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', ecmaVersion: 2022 } },
			{ files: ['package.json'], languageOptions: { parser: tsParser, parserOptions: { extraFileExtensions: ['.json'] } } },
			configs.recommended,
		],
	});
	const results = await eslint.lintFiles(['dist/**/*.js', 'package.json']);
	const formatter = await eslint.loadFormatter('stylish');
	const errors = results.reduce((n, r) => n + r.errorCount, 0);
	const output = formatter.format(results);
	if (output) process.stdout.write(output);
	process.stdout.write(`Linted ${results.length} files of ${packed[0].filename} (${files.length} files, ${(packed[0].size / 1024).toFixed(0)} kB packed) with n8n's community-node rules: ${errors} errors.\n`);
	if (errors > 0) process.exitCode = 1;
} finally {
	rmSync(work, { recursive: true, force: true });
}
