import tsParser from '@typescript-eslint/parser';
import { configs } from '@n8n/eslint-plugin-community-nodes';

// n8n's community-node rules (the ones its verification scanner applies), on shipped code only.
export default [
	{ ignores: ['node_modules/**', 'dist/**', 'test/**', 'sandbox/**', 'bench/**', 'examples/**', 'scripts/**', '*.js', '*.mjs'] },
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		languageOptions: { parser: tsParser, parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tsParser, parserOptions: { extraFileExtensions: ['.json'] } },
	},
	configs.recommended,
];
