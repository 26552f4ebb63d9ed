import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { draftOperation, readNumberParam, readString } from '../common';

const PRESETS: Record<string, [number, number]> = { '9:16': [1080, 1920], '16:9': [1920, 1080], '1:1': [1080, 1080], '3:4': [1080, 1440], '4:3': [1440, 1080] };

export const description: INodeProperties[] = [
	{
		displayName: 'Canvas',
		name: 'canvas',
		type: 'options',
		default: '9:16',
		options: [
			{ name: '1:1 (1080×1080)', value: '1:1' },
			{ name: '16:9 (1920×1080)', value: '16:9' },
			{ name: '3:4 (1080×1440)', value: '3:4' },
			{ name: '4:3 (1440×1080)', value: '4:3' },
			{ name: '9:16 (1080×1920)', value: '9:16' },
			{ name: 'Custom', value: 'custom' },
		],
	},
	{ displayName: 'Width', name: 'width', type: 'number', default: 1080, displayOptions: { show: { canvas: ['custom'] } } },
	{ displayName: 'Height', name: 'height', type: 'number', default: 1920, displayOptions: { show: { canvas: ['custom'] } } },
	{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'A name for the draft (VectCut cloud)' },
];

export const operation = draftOperation({
	operation: 'draft.create',
	op: '/create_draft',
	build(env, i) {
		const canvas = String(env.ctx.getNodeParameter('canvas', i, '9:16'));
		let [width, height] = PRESETS[canvas] ?? [0, 0];
		if (canvas === 'custom') {
			width = readNumberParam(env, i, 'width', 'Width', { min: 16, max: 8192 }) ?? 0;
			height = readNumberParam(env, i, 'height', 'Height', { min: 16, max: 8192 }) ?? 0;
			if (!Number.isInteger(width) || !Number.isInteger(height) || !width || !height) throw new InputError('Width', 'Width and Height must be whole numbers of pixels');
		} else if (!PRESETS[canvas]) throw new InputError('Canvas', `Unknown canvas "${canvas}"`);
		const name = readString(env, i, 'name', 'Name');
		return { width, height, ...(name ? { name } : {}) };
	},
});
