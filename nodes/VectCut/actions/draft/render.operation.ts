import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { draftIdField, readDraftId, skillOperation } from '../common';

const RESOLUTIONS = ['480P', '720P', '1080P', '2K', '4K'];
const FRAMERATES = ['24', '25', '30', '50', '60'];

export const description: INodeProperties[] = [
	draftIdField(true),
	{ displayName: 'Resolution', name: 'resolution', type: 'options', default: '720P', options: RESOLUTIONS.map((r) => ({ name: r, value: r })) },
	{ displayName: 'Frame Rate', name: 'framerate', type: 'options', default: '24', options: FRAMERATES.map((r) => ({ name: `${r} fps`, value: r })) },
];

export const operation = skillOperation({
	type: 'render',
	submit: { op: '/generate_video', envelope: 'A' },
	build(env, i) {
		const resolution = String(env.ctx.getNodeParameter('resolution', i, '720P'));
		const framerate = String(env.ctx.getNodeParameter('framerate', i, '24'));
		if (!RESOLUTIONS.includes(resolution)) throw new InputError('Resolution', `"Resolution" must be one of ${RESOLUTIONS.join(', ')}, got "${resolution}"`);
		if (!FRAMERATES.includes(framerate)) throw new InputError('Frame Rate', `"Frame Rate" must be one of ${FRAMERATES.join(', ')}, got "${framerate}"`);
		return { draft_id: readDraftId(env, i, true), resolution, framerate };
	},
	extras: (body) => ({ draftId: body.draft_id as string }),
});
