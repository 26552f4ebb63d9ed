import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, draftIdField, draftOperation, readDraftId, readExtraBody, readNumberParam, readString } from '../common';

const PROPERTIES = ['alpha', 'position_x', 'position_y', 'rotation', 'saturation', 'scale_x', 'scale_y', 'transform_x', 'transform_y', 'uniform_scale', 'volume'];

export const description: INodeProperties[] = [
	draftIdField(true),
	{ displayName: 'Track Name', name: 'trackName', type: 'string', default: 'video_main' },
	{ displayName: 'Property', name: 'propertyType', type: 'options', default: 'alpha', options: PROPERTIES.map((p) => ({ name: p, value: p })) },
	{ displayName: 'Time (Seconds)', name: 'time', type: 'number', default: 0 },
	{ displayName: 'Value', name: 'value', type: 'string', default: '1', description: 'The property value at that time, e.g. 0.5 or "1.2"' },
	additionalBodyField('For several keyframes at once: {"property_types": [...], "times": [...], "values": [...]}'),
];

export const operation = draftOperation({
	operation: 'timeline.addKeyframe',
	op: '/add_video_keyframe',
	build: (env, i) => ({
		draft_id: readDraftId(env, i, true),
		track_name: readString(env, i, 'trackName', 'Track Name') ?? 'video_main',
		property_type: String(env.ctx.getNodeParameter('propertyType', i, 'alpha')),
		time: readNumberParam(env, i, 'time', 'Time', { min: 0 }) ?? 0,
		value: readString(env, i, 'value', 'Value', true),
		...readExtraBody(env, i),
	}),
});
