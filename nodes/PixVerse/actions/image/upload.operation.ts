import type { INodeProperties } from 'n8n-workflow';

import { InputError } from '../../../shared/lifecycle/errors';
import type { SimpleOperation } from '../../../shared/router';
import { asString } from '../../../shared/transport/json';
import { mediaFields, readMediaRef, uploadMedia, type MediaField, type MediaRef } from '../../inputs';

const image: MediaField = { name: 'image', displayName: 'Image', media: 'image', idLabel: 'Image ID' };

export const description: INodeProperties[] = mediaFields(image).filter((f) => f.name !== 'imageId').map((f) =>
	f.name === 'imageSource' ? { ...f, options: (f.options ?? []).filter((o) => 'value' in o && o.value !== 'id') } : f,
);

export const operation: SimpleOperation<Exclude<MediaRef, { kind: 'id' }>> = {
	kind: 'simple',
	prepare(env, itemIndex) {
		const ref = readMediaRef(env, itemIndex, image);
		if (ref.kind === 'id') throw new InputError('Image Source', 'Choose a URL or a binary property to upload');
		return ref;
	},
	async execute(env, itemIndex, ref) {
		const resp = await uploadMedia(env, itemIndex, 'image', ref);
		return { json: { provider: 'pixverse', operation: 'image.upload', imageId: asString(resp.img_id) ?? null, imageUrl: asString(resp.img_url) ?? null } };
	},
};
