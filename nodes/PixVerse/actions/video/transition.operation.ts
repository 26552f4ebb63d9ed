import type { INodeProperties } from 'n8n-workflow';

import { mediaFields, readMediaRef, type MediaField } from '../../inputs';
import { durationField, generationOptions, modelField, promptField, qualityField, readGeneration, videoGeneration } from './common';

const first: MediaField = { name: 'firstFrame', displayName: 'First Frame', media: 'image', idLabel: 'Image ID' };
const last: MediaField = { name: 'lastFrame', displayName: 'Last Frame', media: 'image', idLabel: 'Image ID' };

export const description: INodeProperties[] = [
	...mediaFields(first),
	...mediaFields(last),
	promptField,
	modelField,
	durationField,
	qualityField,
	generationOptions(),
];

export const operation = videoGeneration('/openapi/v2/video/transition/generate', (env, i) => {
	const firstRef = readMediaRef(env, i, first);
	const lastRef = readMediaRef(env, i, last);
	const { body } = readGeneration(env, i, { prompt: 'required' });
	return {
		body,
		media: [
			{ field: first, ref: firstRef, set: (b, id) => (b.first_frame_img = id) },
			{ field: last, ref: lastRef, set: (b, id) => (b.last_frame_img = id) },
		],
	};
});
