import { ProviderError } from '../../shared/lifecycle/errors';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskOutput, TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asNumber, asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, percent, policyWith, reasonFromText, TASK_DTO_STATUS } from './common';

/** Suno relay words live only here. */

export const SUNO_POLICY = policyWith({ initialDelayMs: 10_000, intervalMs: 8_000 });

/** `{code: "success", data: "<task id>"}` */
export function readSunoSubmit(body: unknown): string {
	const r = isRecord(body) ? body : {};
	const id = asString(r.data) ?? (isRecord(r.data) ? asString(r.data.task_id) : undefined);
	if (asString(r.code) !== 'success' || !id) {
		throw new ProviderError(failureFor(reasonFromText(asString(r.message) ?? ''), `Suno refused the task: ${asString(r.message) ?? asString(r.code) ?? 'no task id'}`, asString(r.code) ?? null), { accepted: false });
	}
	return id;
}

/**
 * Reads `{code, data: TaskDto}` where `data.data` is the list of clips (music) or the lyrics.
 * Succeeded means SUCCESS with every clip `complete` and holding an audio URL.
 */
export function sunoSnapshot(taskId: string, body: unknown): TaskSnapshot {
	const dto = isRecord(body) && isRecord(body.data) ? body.data : isRecord(body) ? body : {};
	let { state, unknown } = mapStatus(dto.status, TASK_DTO_STATUS);
	const payload = dto.data;
	const clips = Array.isArray(payload) ? payload.filter(isRecord) : [];
	const outputs: TaskOutput[] = [];
	let lyrics: { text: string; title: string | null } | undefined;
	if (!Array.isArray(payload) && isRecord(payload) && typeof payload.text === 'string') {
		lyrics = { text: payload.text, title: asString(payload.title) ?? null };
	}
	if (state === 'succeeded' && clips.length > 0) {
		const ready = clips.every((c) => asString(c.status) === 'complete' && asString(c.audio_url));
		// SUCCESS can arrive a moment before the last clip stops streaming.
		if (!ready) state = 'running';
		for (const c of clips) {
			const url = asString(c.audio_url);
			if (!url) continue;
			const meta = isRecord(c.metadata) ? c.metadata : {};
			const duration = asNumber(meta.duration);
			outputs.push(output('audio', url, { id: asString(c.id), title: asString(c.title), ...(duration ? { durationSeconds: duration } : {}) }));
		}
	}
	const failReason = asString(dto.fail_reason) ?? clips.map((c) => (isRecord(c.metadata) ? asString(c.metadata.error_message) : undefined)).find(Boolean) ?? '';
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(dto.progress),
		outputs: state === 'succeeded' ? outputs : [],
		error: state === 'failed' ? failureFor(reasonFromText(failReason), failReason || 'Suno failed the task') : null,
		extras: {
			clips: clips.map((c) => ({
				id: asString(c.id) ?? null,
				title: asString(c.title) ?? null,
				status: asString(c.status) ?? null,
				audioUrl: asString(c.audio_url) ?? null,
				videoUrl: asString(c.video_url) ?? null,
				imageUrl: asString(c.image_url) ?? null,
				tags: isRecord(c.metadata) ? asString(c.metadata.tags) ?? null : null,
			})),
			...(lyrics ? { lyrics: lyrics.text, title: lyrics.title } : {}),
		},
		raw: body,
		unknownStatus: unknown,
	};
}

export function sunoDriver(env: OperationEnv): TaskDriver {
	return {
		provider: 'newapi',
		policy: SUNO_POLICY,
		idempotentSubmit: false,
		poll: async (taskId) => sunoSnapshot(taskId, await newApiRequest(env, { method: 'GET', path: `/suno/fetch/${encodeURIComponent(taskId)}`, taskId })),
	};
}
