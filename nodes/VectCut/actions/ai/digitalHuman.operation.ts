import type { INodeProperties } from 'n8n-workflow';

import { additionalBodyField, readExtraBody, readUrl, skillOperation } from '../common';

export const description: INodeProperties[] = [
	{ displayName: 'Video URL', name: 'videoUrl', type: 'string', default: '', required: true, description: 'A video of the person' },
	{ displayName: 'Audio URL', name: 'audioUrl', type: 'string', default: '', required: true, description: 'The speech to lip-sync' },
	additionalBodyField(),
];

export const operation = skillOperation({
	type: 'digitalHuman',
	submit: { op: '/digital_human/create', envelope: 'B' },
	build: (env, i) => ({ video_url: readUrl(env, i, 'videoUrl', 'Video URL'), audio_url: readUrl(env, i, 'audioUrl', 'Audio URL'), ...readExtraBody(env, i) }),
});
