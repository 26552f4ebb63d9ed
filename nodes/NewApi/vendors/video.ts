import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../shared/lifecycle/types';
import { ProviderError } from '../../shared/lifecycle/errors';
import type { OperationEnv } from '../../shared/router';
import { asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { GATEWAY_POLICY, failureFor, mapStatus, output, percent, reasonFromText, taskDtoOf, taskDtoSnapshot, urlsAt, type StatusTable } from './common';

/** The unified video API (`/v1/video/generations`) and the OpenAI Videos shape (`/v1/videos`). */
export type VideoApiStyle = 'unified' | 'openai';

/** Where each upstream keeps its URL inside TaskDto.data (older gateways without result_url). */
const NATIVE_VIDEO_PATHS = ['task_result.videos', 'content.video_url', 'video_url', 'creations', 'output.video_url', 'url', 'video.url', 'file.download_url', 'metadata.url'];

const OPENAI_STATUS: StatusTable = { queued: 'queued', in_progress: 'running', unknown: 'running', completed: 'succeeded', failed: 'failed', cancelled: 'cancelled' };
const REALTIME_STATUS: StatusTable = { queued: 'queued', processing: 'running', succeeded: 'succeeded', failed: 'failed' };

export function readSubmittedId(body: unknown): string {
	const id = isRecord(body) ? asString(body.id) ?? asString(body.task_id) ?? (isRecord(body.data) ? asString(body.data.task_id) ?? asString(body.data.id) : undefined) : undefined;
	if (!id) {
		throw new ProviderError(failureFor('upstream_error', 'The site accepted the request but returned no task id'), {
			hint: 'Check the site\'s task log before submitting again.',
		});
	}
	return id;
}

/** Reads the OpenAI Videos object; a finished video without a URL is served by /v1/videos/{id}/content. */
export function openAiVideoSnapshot(taskId: string, body: unknown, contentUrl: string): TaskSnapshot {
	const r = isRecord(body) ? body : {};
	const { state, unknown } = mapStatus(r.status, OPENAI_STATUS);
	const url = isRecord(r.metadata) ? asString(r.metadata.url) : undefined;
	const err = isRecord(r.error) ? asString(r.error.message) : undefined;
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(r.progress),
		outputs: state === 'succeeded' ? [output('video', url ?? contentUrl)] : [],
		error: state === 'failed' ? failureFor(reasonFromText(err ?? ''), err ?? 'The video failed', isRecord(r.error) ? asString(r.error.code) ?? null : null) : null,
		raw: body,
		unknownStatus: unknown,
	};
}

/** Reads GET /v1/video/generations/{id}: TaskDto (most channels) or the realtime shape (Gemini/Vertex). */
export function unifiedVideoSnapshot(taskId: string, body: unknown): TaskSnapshot {
	const dto = taskDtoOf(body);
	if (dto) return taskDtoSnapshot(taskId, dto, 'video', (raw) => urlsAt(raw, NATIVE_VIDEO_PATHS));
	const data = isRecord(body) && isRecord(body.data) ? body.data : isRecord(body) ? body : {};
	const { state, unknown } = mapStatus(data.status, { ...REALTIME_STATUS, ...OPENAI_STATUS });
	const url = asString(data.url) ?? (isRecord(data.metadata) ? asString(data.metadata.url) : undefined);
	const err = isRecord(data.error) ? asString(data.error.message) : asString(data.error);
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(data.progress),
		outputs: state === 'succeeded' && url ? [output('video', url)] : [],
		error: state === 'failed' ? failureFor(reasonFromText(err ?? ''), err ?? 'The video failed') : null,
		raw: body,
		unknownStatus: unknown,
	};
}

export function videoDriver(env: OperationEnv, style: VideoApiStyle): TaskDriver {
	return {
		provider: 'newapi',
		policy: GATEWAY_POLICY,
		idempotentSubmit: false,
		async poll(taskId) {
			const id = encodeURIComponent(taskId);
			if (style === 'openai') {
				const body = await newApiRequest(env, { method: 'GET', path: `/v1/videos/${id}`, taskId });
				return openAiVideoSnapshot(taskId, body, env.transport.resolveUrl(`/v1/videos/${id}/content`));
			}
			return unifiedVideoSnapshot(taskId, await newApiRequest(env, { method: 'GET', path: `/v1/video/generations/${id}`, taskId }));
		},
	};
}
