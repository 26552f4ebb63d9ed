import type { INodeProperties } from 'n8n-workflow';

import { imageFields, readImages, resolveImages } from '../fields';
import { InputError } from '../../../shared/lifecycle/errors';
import { mjSubmitOperation, speedField } from './common';

export const description: INodeProperties[] = [...imageFields('image', 'Image'), speedField];

export const operation = mjSubmitOperation(
	'describe',
	(env, i) => {
		const images = readImages(env, i, 'image', 'Image');
		if (images.length !== 1) throw new InputError('Image', `Describe takes exactly one image, got ${images.length}`);
		return images[0];
	},
	async (env, i, image) => ({ base64: (await resolveImages(env, i, [image]))[0] }),
);
