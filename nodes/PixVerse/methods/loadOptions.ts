import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { randomUUID } from 'crypto';

import { Transport } from '../../shared/transport/http';
import { asString, isRecord } from '../../shared/transport/json';
import { readEnvelope } from '../adapter';
import { PIXVERSE_CREDENTIAL } from '../transport';

/** Lip-sync TTS speakers, from the API (paged). */
export async function getSpeakers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const transport = await Transport.create(this, { credentialType: PIXVERSE_CREDENTIAL });
	const out: INodePropertyOptions[] = [];
	for (let page = 1; page <= 10; page++) {
		const response = await transport.send({
			method: 'GET',
			path: '/openapi/v2/video/lip_sync/tts_list',
			qs: { page_num: page, page_size: 100 },
			headers: { 'Ai-trace-id': randomUUID() },
		});
		const resp = readEnvelope(response, (t) => transport.excerpt(t));
		const data = isRecord(resp) && Array.isArray(resp.data) ? resp.data : [];
		for (const speaker of data) {
			if (!isRecord(speaker)) continue;
			const id = asString(speaker.speaker_id);
			if (id) out.push({ name: asString(speaker.name) ?? id, value: id });
		}
		const total = isRecord(resp) ? Number(resp.total ?? 0) : 0;
		if (data.length === 0 || out.length >= total) break;
	}
	return out.sort((a, b) => a.name.localeCompare(b.name));
}
