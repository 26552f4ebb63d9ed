import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { videoGeneration } from './common';
import { readSourceVideo, sourceVideoFields } from './sourceVideo';

export const description: INodeProperties[] = [
	...sourceVideoFields,
	{
		displayName: 'Sound Description',
		name: 'soundEffectContent',
		type: 'string',
		default: '',
		description: 'The sound to add. Leave empty to let PixVerse choose from the video content.',
	},
	{
		displayName: 'Keep Original Sound',
		name: 'originalSound',
		type: 'boolean',
		default: true,
		description: 'Whether to keep the video\'s own audio under the new sound',
	},
];

export const operation = videoGeneration('/openapi/v2/video/sound_effect/generate', (env, i) => {
	const content = String(env.ctx.getNodeParameter('soundEffectContent', i, '') ?? '').trim();
	if (content.length > 2048) throw new InputError('Sound Description', '"Sound Description" is longer than 2048 characters');
	const body: Record<string, unknown> = { original_sound_switch: Boolean(env.ctx.getNodeParameter('originalSound', i, true)) };
	if (content) body.sound_effect_content = content;
	return { body, media: readSourceVideo(env, i, body) };
});
