import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import { imageFields, readImages, resolveImages } from '../fields';
import { mjSubmitOperation, speedField } from './common';

export const description: INodeProperties[] = [
	...imageFields('images', 'Images', { multiple: true, description: '2 to 5 images to blend' }),
	{
		displayName: 'Dimensions',
		name: 'dimensions',
		type: 'options',
		default: 'SQUARE',
		options: [
			{ name: 'Landscape (3:2)', value: 'LANDSCAPE' },
			{ name: 'Portrait (2:3)', value: 'PORTRAIT' },
			{ name: 'Square (1:1)', value: 'SQUARE' },
		],
	},
	speedField,
];

export const operation = mjSubmitOperation(
	'blend',
	(env, i) => {
		const images = readImages(env, i, 'images', 'Images');
		if (images.length < 2 || images.length > 5) throw new InputError('Images', `Blend needs 2 to 5 images, got ${images.length}`);
		return { images, dimensions: String(env.ctx.getNodeParameter('dimensions', i, 'SQUARE')) };
	},
	async (env, i, input) => ({ base64Array: await resolveImages(env, i, input.images), dimensions: input.dimensions }),
);
