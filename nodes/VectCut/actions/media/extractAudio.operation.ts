import type { INodeProperties } from 'n8n-workflow';

import { readUrl, skillOperation } from '../common';

export const description: INodeProperties[] = [{ displayName: 'Video URL', name: 'videoUrl', type: 'string', default: '', required: true }];

export const operation = skillOperation({
	type: 'extractAudio',
	submit: { path: '/process/extract_audio/submit_task/submit_extract_audio_task', envelope: 'B' },
	build: (env, i) => ({ video_url: readUrl(env, i, 'videoUrl', 'Video URL') }),
});
