import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { InputError } from '../shared/lifecycle/errors';
import type { OperationEnv } from '../shared/router';
import type { MultipartPart } from '../shared/transport/http';
import { RawNumber, asString, isRecord } from '../shared/transport/json';
import { checkPixVerseId } from './driver';
import { pixverseRequest } from './transport';

/** An image or media input: an existing PixVerse id, a public URL, or an input binary property. */
export type MediaRef =
	| { kind: 'id'; id: string }
	| { kind: 'url'; url: string }
	| { kind: 'binary'; property: string; fileName: string; mimeType: string };

export interface MediaField {
	name: string;
	displayName: string;
	/** 'image' uses /image/upload; 'video' and 'audio' use /media/upload. */
	media: 'image' | 'video' | 'audio';
	idLabel: string;
	required?: boolean;
}

/** Parameters for one media input: source selector plus the matching value field. */
export function mediaFields(field: MediaField): INodeProperties[] {
	const source = `${field.name}Source`;
	return [
		{
			displayName: `${field.displayName} Source`,
			name: source,
			type: 'options',
			default: 'url',
			options: [
				{ name: 'Binary Property', value: 'binary', description: `Upload the ${field.media} from an input binary property` },
				{ name: `PixVerse ${field.idLabel}`, value: 'id', description: `A ${field.idLabel} from an earlier PixVerse upload or generation` },
				{ name: 'URL', value: 'url', description: `Upload the ${field.media} from a public URL` },
			],
		},
		{
			displayName: `${field.displayName} URL`,
			name: `${field.name}Url`,
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://example.com/file',
			displayOptions: { show: { [source]: ['url'] } },
		},
		{
			displayName: `${field.displayName} ${field.idLabel}`,
			name: `${field.name}Id`,
			type: 'string',
			default: '',
			required: true,
			displayOptions: { show: { [source]: ['id'] } },
		},
		{
			displayName: `${field.displayName} Binary Property`,
			name: `${field.name}Binary`,
			type: 'string',
			default: 'data',
			required: true,
			description: 'Name of the input binary property holding the file',
			displayOptions: { show: { [source]: ['binary'] } },
		},
	];
}

/** Reads and checks a media input (no request). */
export function readMediaRef(env: OperationEnv, itemIndex: number, field: MediaField): MediaRef {
	const { ctx } = env;
	const source = ctx.getNodeParameter(`${field.name}Source`, itemIndex, 'url') as string;
	if (source === 'id') return { kind: 'id', id: checkPixVerseId(ctx.getNodeParameter(`${field.name}Id`, itemIndex, ''), `${field.displayName} ${field.idLabel}`) };
	if (source === 'binary') {
		const property = String(ctx.getNodeParameter(`${field.name}Binary`, itemIndex, 'data')).trim();
		const item = ctx.getInputData()[itemIndex];
		const binary = item?.binary?.[property];
		if (!binary) {
			throw new InputError(
				`${field.displayName} Binary Property`,
				`Item has no binary property "${property}" for "${field.displayName}"`,
				'Check the binary property name, or choose the URL source.',
			);
		}
		return { kind: 'binary', property, fileName: binary.fileName ?? `${field.media}.bin`, mimeType: binary.mimeType };
	}
	const url = String(ctx.getNodeParameter(`${field.name}Url`, itemIndex, '')).trim();
	if (!/^https?:\/\/\S+$/i.test(url)) {
		throw new InputError(`${field.displayName} URL`, `"${field.displayName} URL" must be an http(s) URL, got "${url.slice(0, 80)}"`);
	}
	return { kind: 'url', url };
}

/** A stable description of the input for the submit's trace id (never the uploaded id). */
export function refKey(ref: MediaRef): string {
	return ref.kind === 'id' ? `id:${ref.id}` : ref.kind === 'url' ? `url:${ref.url}` : `bin:${ref.property}:${ref.fileName}`;
}

/**
 * Turns a media input into a PixVerse id, uploading it first when needed (uploads are free).
 * Returned as RawNumber so the id is sent as an exact, unquoted JSON number.
 */
export async function resolveMediaId(env: OperationEnv, itemIndex: number, field: MediaField, ref: MediaRef): Promise<RawNumber> {
	if (ref.kind === 'id') return new RawNumber(ref.id);
	const uploaded = await uploadMedia(env, itemIndex, field.media, ref);
	return new RawNumber(field.media === 'image' ? String(uploaded.img_id) : String(uploaded.media_id));
}

/** Uploads an image (/image/upload) or a video/audio (/media/upload); returns the raw `Resp`. */
export async function uploadMedia(env: OperationEnv, itemIndex: number, media: 'image' | 'video' | 'audio', ref: Exclude<MediaRef, { kind: 'id' }>): Promise<IDataObject> {
	const isImage = media === 'image';
	const path = isImage ? '/openapi/v2/image/upload' : '/openapi/v2/media/upload';
	let multipart: MultipartPart[];
	if (ref.kind === 'url') {
		multipart = [{ name: isImage ? 'image_url' : 'file_url', value: ref.url }];
	} else {
		const buffer = await env.ctx.helpers.getBinaryDataBuffer(itemIndex, ref.property);
		multipart = [{ name: isImage ? 'image' : 'file', value: buffer, fileName: ref.fileName, contentType: ref.mimeType }];
	}
	if (!isImage) multipart.push({ name: 'media_type', value: media });
	const resp = await pixverseRequest(env, { method: 'POST', path, multipart, timeoutMs: 300_000 });
	const record = isRecord(resp) ? resp : {};
	const id = asString(isImage ? record.img_id : record.media_id);
	if (!id) throw new InputError(isImage ? 'Image' : 'Media', `PixVerse accepted the upload but returned no ${isImage ? 'img_id' : 'media_id'}`);
	return record as IDataObject;
}
