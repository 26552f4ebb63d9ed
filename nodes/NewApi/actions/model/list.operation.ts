import type { INodeProperties } from 'n8n-workflow';

import type { SimpleOperation } from '../../../shared/router';
import { listModels, type ModelInfo } from '../../methods/models';

export const description: INodeProperties[] = [
	{
		displayName: 'Filter',
		name: 'filter',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Models', value: 'all' },
			{ name: 'Image Models', value: 'image' },
			{ name: 'Video Models', value: 'video' },
		],
	},
];

export const operation: SimpleOperation<'all' | 'video' | 'image'> = {
	kind: 'simple',
	prepare: (env, i) => env.ctx.getNodeParameter('filter', i, 'all') as 'all' | 'video' | 'image',
	async execute(env, _i, filter) {
		const models: ModelInfo[] = await listModels(env.transport, filter);
		return models.map((m) => ({ json: { ...m } }));
	},
};
