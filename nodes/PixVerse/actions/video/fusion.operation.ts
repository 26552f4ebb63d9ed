import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { MediaField, MediaRef } from '../../inputs';
import { checkPixVerseId } from '../../driver';
import { aspectRatioField, durationField, generationOptions, modelField, promptField, qualityField, readGeneration, videoGeneration, type DeferredMedia } from './common';

export const description: INodeProperties[] = [
	{
		displayName: 'References',
		name: 'references',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: 3 },
		default: {},
		required: true,
		description: '1–3 images. Name each one and use @name in the prompt.',
		options: [
			{
				displayName: 'Reference',
				name: 'reference',
				values: [
					{ displayName: 'Name', name: 'refName', type: 'string', default: '', required: true, description: 'Used as @name in the prompt' },
					{
						displayName: 'Role',
						name: 'type',
						type: 'options',
						default: 'subject',
						options: [
							{ name: 'Background', value: 'background' },
							{ name: 'Subject', value: 'subject' },
						],
					},
					{ displayName: 'Image URL or Image ID', name: 'image', type: 'string', default: '', required: true, description: 'A public image URL (uploaded first) or a PixVerse image ID' },
				],
			},
		],
	},
	{ ...promptField, description: 'Refer to each reference as @name' },
	modelField,
	durationField,
	qualityField,
	aspectRatioField,
	generationOptions(),
];

const image: MediaField = { name: 'reference', displayName: 'Reference', media: 'image', idLabel: 'Image ID' };

export const operation = videoGeneration('/openapi/v2/video/fusion/generate', (env, i) => {
	const { body } = readGeneration(env, i, { prompt: 'required', aspectRatio: true });
	const refs = ((env.ctx.getNodeParameter('references', i, {}) as IDataObject).reference ?? []) as IDataObject[];
	if (refs.length < 1 || refs.length > 3) throw new InputError('References', `"References" needs 1 to 3 images, got ${refs.length}`);
	const list: Array<Record<string, unknown>> = [];
	const media: DeferredMedia[] = refs.map((r, k) => {
		const name = String(r.refName ?? '').trim();
		if (!/^[\w-]+$/.test(name)) throw new InputError('References', `Reference ${k + 1} needs a name of letters, digits, _ or -, got "${name}"`);
		if (!String(body.prompt).includes(`@${name}`)) throw new InputError('Prompt', `The prompt does not mention @${name} (reference ${k + 1})`);
		const value = String(r.image ?? '').trim();
		const ref: MediaRef = /^https?:\/\//i.test(value) ? { kind: 'url', url: value } : { kind: 'id', id: checkPixVerseId(value, `Reference ${k + 1} image`) };
		const entry: Record<string, unknown> = { type: String(r.type ?? 'subject'), ref_name: name };
		list.push(entry);
		return { field: image, ref, set: (_b, id) => (entry.img_id = id) };
	});
	body.image_references = list;
	return { body, media };
});
