import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { additionalBodyField, draftIdField, draftOperation, readString } from '../common';
import { timelineBody, trackField } from './shared';

export const description: INodeProperties[] = [
	draftIdField(),
	{
		displayName: 'Category',
		name: 'effectCategory',
		type: 'options',
		default: 'scene',
		options: [
			{ name: 'Character', value: 'character' },
			{ name: 'Scene', value: 'scene' },
		],
	},
	{
		displayName: 'Effect Name or ID',
		name: 'effectType',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getEffectTypes', loadOptionsDependsOn: ['effectCategory'] },
		default: '',
		required: true,
		description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	},
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0 },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 3 },
	trackField('effect_01'),
	{ displayName: 'Parameters', name: 'params', type: 'string', default: '', description: 'Effect parameters, comma-separated numbers (optional)' },
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'timeline.addEffect',
	op: '/add_effect',
	build(env, i) {
		const params = readString(env, i, 'params', 'Parameters');
		const list = params ? params.split(',').map((p) => Number(p.trim())) : undefined;
		if (list?.some((n) => !Number.isFinite(n))) throw new InputError('Parameters', `"Parameters" must be numbers separated by commas, got "${params}"`);
		return timelineBody(env, i, {
			effect_type: readString(env, i, 'effectType', 'Effect', true),
			effect_category: String(env.ctx.getNodeParameter('effectCategory', i, 'scene')),
			...(list ? { params: list } : {}),
		});
	},
});
