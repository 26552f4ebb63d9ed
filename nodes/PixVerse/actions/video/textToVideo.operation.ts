import type { INodeProperties } from 'n8n-workflow';

import { aspectRatioField, durationField, generationOptions, modelField, promptField, qualityField, readGeneration, videoGeneration } from './common';

export const description: INodeProperties[] = [
	promptField,
	modelField,
	durationField,
	qualityField,
	aspectRatioField,
	generationOptions([
		{ displayName: 'Sound Effect Content', name: 'soundEffectContent', type: 'string', default: '', description: 'Describe the sound effect (models before v5, or with a template)' },
	]),
];

export const operation = videoGeneration('/openapi/v2/video/text/generate', (env, i) => ({
	body: readGeneration(env, i, { prompt: 'required', aspectRatio: true }).body,
	media: [],
}));
