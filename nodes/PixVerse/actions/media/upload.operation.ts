import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { SimpleOperation } from '../../../shared/router';
import { asString } from '../../../shared/transport/json';
import { mediaFields, readMediaRef, uploadMedia, type MediaField, type MediaRef } from '../../inputs';

const media: MediaField = { name: 'media', displayName: 'Media', media: 'video', idLabel: 'Media ID' };

export const description: INodeProperties[] = [
	{
		displayName: 'Media Type',
		name: 'mediaType',
		type: 'options',
		default: 'video',
		options: [
			{ name: 'Audio', value: 'audio' },
			{ name: 'Video', value: 'video' },
		],
	},
	...mediaFields(media)
		.filter((f) => f.name !== 'mediaId')
		.map((f) => (f.name === 'mediaSource' ? { ...f, options: (f.options ?? []).filter((o) => 'value' in o && o.value !== 'id') } : f)),
];

export const operation: SimpleOperation<{ type: 'video' | 'audio'; ref: Exclude<MediaRef, { kind: 'id' }> }> = {
	kind: 'simple',
	prepare(env, itemIndex) {
		const type = env.ctx.getNodeParameter('mediaType', itemIndex, 'video') as string;
		if (type !== 'video' && type !== 'audio') throw new InputError('Media Type', `"Media Type" must be video or audio, got "${type}"`);
		const ref = readMediaRef(env, itemIndex, media);
		if (ref.kind === 'id') throw new InputError('Media Source', 'Choose a URL or a binary property to upload');
		return { type, ref };
	},
	async execute(env, itemIndex, { type, ref }) {
		const resp = await uploadMedia(env, itemIndex, type, ref);
		return {
			json: {
				provider: 'pixverse',
				operation: 'media.upload',
				mediaId: asString(resp.media_id) ?? null,
				mediaType: asString(resp.media_type) ?? type,
				url: asString(resp.url) ?? null,
			},
		};
	},
};
