import type { IDataObject } from 'n8n-workflow';

import { ProviderError } from '../../shared/lifecycle/errors';
import type { TaskDriver } from '../../shared/lifecycle/runTask';
import type { TaskSnapshot } from '../../shared/lifecycle/types';
import type { OperationEnv } from '../../shared/router';
import { asNumber, asString, isRecord } from '../../shared/transport/json';
import { newApiRequest } from '../transport';
import { failureFor, mapStatus, output, percent, policyWith, reasonFromText, type StatusTable } from './common';

/** Midjourney-proxy words (MJ status, submit codes) live only here. */

export const MJ_POLICY = policyWith({ initialDelayMs: 3_000, intervalMs: 4_000, maxIntervalMs: 15_000 });

const MJ_STATUS: StatusTable = {
	NOT_START: 'queued',
	SUBMITTED: 'queued',
	IN_PROGRESS: 'running',
	MODAL: 'running',
	SUCCESS: 'succeeded',
	FAILURE: 'failed',
	CANCEL: 'cancelled',
};

export interface MjButton {
	customId: string;
	label: string;
	emoji?: string;
}

/** Path prefix of a speed mode: "" (site default), /mj-fast, /mj-relax, /mj-turbo. */
export function mjPath(speed: string, path: string): string {
	return `${speed ? `/mj-${speed}` : ''}/mj${path}`;
}

/**
 * Reads a submit answer `{code, description, result}`: 1 accepted, 21 already exists and 22 queued
 * (both accepted), 23 queue full (refused, try later), 24 banned prompt (moderation).
 */
export function readMjSubmit(body: unknown): string {
	const r = isRecord(body) ? body : {};
	const code = asNumber(r.code);
	const description = asString(r.description) ?? '';
	const id = asString(r.result);
	if ((code === 1 || code === 21 || code === 22) && id) return id;
	if (code === 23) {
		throw new ProviderError(failureFor('rate_limited', `Midjourney queue is full (code 23): ${description}`, '23', true), { accepted: false });
	}
	if (code === 24) {
		const word = isRecord(r.properties) ? asString(r.properties.bannedWord) : undefined;
		throw new ProviderError(failureFor('moderation', `Midjourney rejected the prompt (code 24)${word ? `: banned word "${word}"` : ''}`, '24'), {
			accepted: false,
			hint: 'Remove the banned word from the prompt and submit again.',
		});
	}
	throw new ProviderError(failureFor(code === 4 || code === 5 ? 'invalid_input' : 'upstream_error', `Midjourney refused the task (code ${code ?? '?'}): ${description}`, code === undefined ? null : String(code)), {
		accepted: false,
	});
}

export function readMjButtons(task: unknown): MjButton[] {
	const list = isRecord(task) && Array.isArray(task.buttons) ? task.buttons : [];
	return list.filter(isRecord).map((b) => ({ customId: asString(b.customId) ?? '', label: asString(b.label) ?? '', emoji: asString(b.emoji) })).filter((b) => b.customId);
}

export function mjSnapshot(taskId: string, task: unknown): TaskSnapshot {
	const r = isRecord(task) ? task : {};
	const { state, unknown } = mapStatus(r.status, MJ_STATUS);
	const failReason = asString(r.failReason) ?? '';
	const outputs = [];
	if (state === 'succeeded') {
		const image = asString(r.imageUrl);
		if (image) outputs.push(output('image', image));
		const videos = Array.isArray(r.videoUrls) ? r.videoUrls : asString(r.videoUrl) ? [r.videoUrl] : [];
		for (const v of videos) {
			const url = asString(v) ?? (isRecord(v) ? asString(v.url) : undefined);
			if (url) outputs.push(output('video', url));
		}
	}
	const extras: IDataObject = {
		action: asString(r.action) ?? null,
		buttons: readMjButtons(r).map((b) => ({ ...b })) as unknown as IDataObject[],
		promptEn: asString(r.promptEn) ?? null,
	};
	if (asString(r.description)) extras.description = asString(r.description)!;
	return {
		taskId,
		state,
		progress: state === 'succeeded' ? 100 : percent(r.progress),
		outputs,
		error: state === 'failed' || state === 'cancelled' ? failureFor(reasonFromText(failReason), failReason || 'Midjourney failed the task') : null,
		extras,
		raw: task,
		unknownStatus: unknown,
	};
}

export async function fetchMjTask(env: OperationEnv, speed: string, taskId: string): Promise<unknown> {
	return await newApiRequest(env, { method: 'GET', path: mjPath(speed, `/task/${encodeURIComponent(taskId)}/fetch`), taskId });
}

export function mjDriver(env: OperationEnv, speed: string): TaskDriver {
	return {
		provider: 'newapi',
		policy: MJ_POLICY,
		idempotentSubmit: false,
		poll: async (taskId) => mjSnapshot(taskId, await fetchMjTask(env, speed, taskId)),
	};
}
