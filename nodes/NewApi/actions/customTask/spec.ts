import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { OutputType } from '../../../shared/lifecycle/types';
import type { OperationEnv } from '../../../shared/router';
import type { CustomTaskSpec } from '../../vendors/custom';

/** The fields that tell the node how to read a route it does not know. */
export const specFields: INodeProperties[] = [
	{ displayName: 'Poll Method', name: 'pollMethod', type: 'options', default: 'GET', options: [{ name: 'GET', value: 'GET' }, { name: 'POST', value: 'POST' }] },
	{ displayName: 'Poll Path', name: 'pollPath', type: 'string', default: '', required: true, placeholder: '/flux/v1/get_result?id={id}', description: 'Path of the status request; {id} is replaced by the task ID' },
	{ displayName: 'Status Field Path', name: 'statusPath', type: 'string', default: 'status', required: true, placeholder: 'data.status', description: 'Dot path of the status in the poll response' },
	{ displayName: 'Success Values', name: 'successValues', type: 'string', default: 'SUCCESS, succeeded, completed, success, Ready', description: 'Status values that mean done (comma-separated, any case)' },
	{ displayName: 'Failure Values', name: 'failureValues', type: 'string', default: 'FAILURE, failed, error, canceled, cancelled', description: 'Status values that mean failed (comma-separated, any case)' },
	{ displayName: 'Result URL Paths', name: 'resultPaths', type: 'string', default: 'data.result_url, result.sample, output', description: 'Dot paths where result URLs may be (comma-separated; lists are read whole)' },
	{ displayName: 'Error Message Path', name: 'errorPath', type: 'string', default: 'fail_reason', description: 'Dot path of the failure message' },
	{ displayName: 'Progress Path', name: 'progressPath', type: 'string', default: '', description: 'Dot path of a 0–100 progress (optional)' },
	{
		displayName: 'Result Type',
		name: 'outputType',
		type: 'options',
		default: 'image',
		options: [
			{ name: 'Audio', value: 'audio' },
			{ name: 'Image', value: 'image' },
			{ name: 'Text', value: 'text' },
			{ name: 'Video', value: 'video' },
		],
	},
];

const list = (value: unknown) => String(value ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function readSpec(env: OperationEnv, i: number): CustomTaskSpec {
	const get = (name: string, fallback: unknown = '') => env.ctx.getNodeParameter(name, i, fallback);
	const pollPath = String(get('pollPath')).trim();
	if (!pollPath.startsWith('/')) throw new InputError('Poll Path', `"Poll Path" must start with /, got "${pollPath}"`);
	if (!/\{\{?\s*id\s*\}?\}/.test(pollPath)) throw new InputError('Poll Path', '"Poll Path" must contain {id} where the task ID goes');
	const statusPath = String(get('statusPath', 'status')).trim();
	if (!statusPath) throw new InputError('Status Field Path', '"Status Field Path" is empty');
	const successValues = list(get('successValues'));
	if (successValues.length === 0) throw new InputError('Success Values', '"Success Values" is empty');
	return {
		pollMethod: String(get('pollMethod', 'GET')) === 'POST' ? 'POST' : 'GET',
		pollPath,
		statusPath,
		successValues,
		failureValues: list(get('failureValues')),
		resultPaths: list(get('resultPaths')),
		errorPath: String(get('errorPath', '')).trim() || undefined,
		progressPath: String(get('progressPath', '')).trim() || undefined,
		outputType: String(get('outputType', 'image')) as OutputType,
		intervalMs: 5_000,
	};
}
