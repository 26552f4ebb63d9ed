import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, draftIdField, draftOperation, num, optionsCollection, readString } from '../common';
import { timelineBody, trackField, transformOptions } from './shared';

export const description: INodeProperties[] = [
	draftIdField(),
	{ displayName: 'Sticker ID', name: 'stickerId', type: 'string', default: '', required: true, description: 'From "Search Sticker"' },
	{ displayName: 'Start (Seconds)', name: 'start', type: 'number', default: 0 },
	{ displayName: 'End (Seconds)', name: 'end', type: 'number', default: 5 },
	trackField('sticker_main'),
	optionsCollection([num('Alpha', 'alpha', 1), num('Rotation', 'rotation', 0), num('Relative Index', 'relative_index', 0), ...transformOptions]),
	additionalBodyField(),
];

export const operation = draftOperation({
	operation: 'timeline.addSticker',
	op: '/add_sticker',
	build: (env, i) => timelineBody(env, i, { sticker_id: readString(env, i, 'stickerId', 'Sticker ID', true) }),
});
