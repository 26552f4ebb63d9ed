import type { INodeProperties } from 'n8n-workflow';

import { durationField, generationOptions, modelField, promptField, qualityField, readGeneration, videoGeneration } from './common';
import { readSourceVideo, sourceVideoFields } from './sourceVideo';

export const description: INodeProperties[] = [
	...sourceVideoFields,
	{ ...promptField, description: 'How the video should continue' },
	modelField,
	durationField,
	qualityField,
	generationOptions(),
];

export const operation = videoGeneration('/openapi/v2/video/extend/generate', (env, i) => {
	const { body } = readGeneration(env, i, { prompt: 'required' });
	return { body, media: readSourceVideo(env, i, body) };
});
