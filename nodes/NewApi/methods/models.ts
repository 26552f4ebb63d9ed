import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { Transport } from '../../shared/transport/http';
import { asString, isRecord } from '../../shared/transport/json';
import { NEWAPI_CREDENTIAL, readNewApi } from '../transport';

export interface ModelInfo {
	id: string;
	ownedBy: string | null;
	endpointTypes: string[];
}

// Sites without supported_endpoint_types: recognise models by name.
const VIDEO_NAME = /video|kling|veo|sora|seedance|hailuo|vidu|jimeng|wan|luma|runway|pika|t2v|i2v/i;
const IMAGE_NAME = /image|dall-e|flux|midjourney|mj|ideogram|recraft|kolors|seedream|sd|stable-diffusion|imagen/i;

export function matchesKind(model: ModelInfo, kind: 'all' | 'video' | 'image'): boolean {
	if (kind === 'all') return true;
	if (model.endpointTypes.length > 0) {
		return model.endpointTypes.some((t) => (kind === 'video' ? /video/.test(t) : /image/.test(t)));
	}
	return (kind === 'video' ? VIDEO_NAME : IMAGE_NAME).test(model.id);
}

/** GET /v1/models, filtered by `supported_endpoint_types` where the site reports them. */
export async function listModels(transport: Transport, kind: 'all' | 'video' | 'image'): Promise<ModelInfo[]> {
	const response = await transport.send({ method: 'GET', path: '/v1/models' });
	const body = readNewApi(response, (t) => transport.excerpt(t));
	const data = isRecord(body) && Array.isArray(body.data) ? body.data.filter(isRecord) : [];
	return data
		.map((m) => ({
			id: asString(m.id) ?? '',
			ownedBy: asString(m.owned_by) ?? null,
			endpointTypes: Array.isArray(m.supported_endpoint_types) ? m.supported_endpoint_types.map(String) : [],
		}))
		.filter((m) => m.id && matchesKind(m, kind))
		.sort((a, b) => a.id.localeCompare(b.id));
}

async function search(ctx: ILoadOptionsFunctions, kind: 'all' | 'video' | 'image', filter?: string): Promise<INodeListSearchResult> {
	const transport = await Transport.create(ctx, { credentialType: NEWAPI_CREDENTIAL });
	const needle = filter?.trim().toLowerCase();
	const models = (await listModels(transport, kind)).filter((m) => !needle || m.id.toLowerCase().includes(needle));
	return { results: models.map((m) => ({ name: m.id, value: m.id })) };
}

export async function searchModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'all', filter);
}

export async function searchVideoModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'video', filter);
}

export async function searchImageModels(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'image', filter);
}
