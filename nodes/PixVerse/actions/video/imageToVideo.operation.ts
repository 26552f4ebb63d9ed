import type { INodeProperties } from 'n8n-workflow';

import { mediaFields, readMediaRef, type MediaField } from '../../inputs';
import { durationField, generationOptions, modelField, promptField, qualityField, readGeneration, videoGeneration } from './common';

const image: MediaField = { name: 'image', displayName: 'Image', media: 'image', idLabel: 'Image ID' };

export const description: INodeProperties[] = [
	...mediaFields(image),
	promptField,
	modelField,
	durationField,
	qualityField,
	generationOptions([
		{ displayName: 'Sound Effect Content', name: 'soundEffectContent', type: 'string', default: '', description: 'Describe the sound effect (models before v5, or with a template)' },
	]),
];

export const operation = videoGeneration('/openapi/v2/video/img/generate', (env, i) => {
	const ref = readMediaRef(env, i, image);
	const { body } = readGeneration(env, i, { prompt: 'required' });
	return { body, media: [{ field: image, ref, set: (b, id) => (b.img_id = id) }] };
});
