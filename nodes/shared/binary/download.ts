import type { IBinaryData, IExecuteFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { Clock } from '../lifecycle/clock';
import { ProviderError, TaskError } from '../lifecycle/errors';
import type { TaskOutput } from '../lifecycle/types';
import { findErrorCode, type Transport } from '../transport/http';
import { READ_RETRY, isTransient, settle, withRetry } from '../transport/retry';
import { TransportFailure } from '../lifecycle/errors';

const MAX_REDIRECTS = 5;
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

const EXTENSION_MIME: Record<string, string> = {
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	webm: 'video/webm',
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	webp: 'image/webp',
	gif: 'image/gif',
	mp3: 'audio/mpeg',
	wav: 'audio/wav',
	m4a: 'audio/mp4',
	zip: 'application/zip',
	json: 'application/json',
	srt: 'application/x-subrip',
};

const TYPE_DEFAULT_MIME: Record<string, string> = {
	video: 'video/mp4',
	image: 'image/png',
	audio: 'audio/mpeg',
};

interface StreamResponse {
	statusCode: number;
	headers: Record<string, unknown>;
	body: NodeJS.ReadableStream & { resume?: () => void; destroy?: () => void };
}

function extensionOf(url: string): string {
	try {
		const name = new URL(url).pathname.split('/').pop() ?? '';
		const dot = name.lastIndexOf('.');
		return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
	} catch {
		return '';
	}
}

function fileNameFor(url: string, fallbackBase: string, mimeType: string): string {
	try {
		const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
		if (name && name.includes('.')) return name;
	} catch {
		// fall through to a generated name
	}
	const ext = Object.entries(EXTENSION_MIME).find(([, mime]) => mime === mimeType)?.[0] ?? 'bin';
	return `${fallbackBase}.${ext}`;
}

function headerString(headers: Record<string, unknown>, name: string): string | undefined {
	const value = headers[name] ?? headers[name.toLowerCase()];
	if (value === undefined || value === null) return undefined;
	return Array.isArray(value) ? String(value[0]) : String(value);
}

export interface DownloadEnv {
	ctx: IExecuteFunctions;
	transport: Transport;
	clock: Clock;
	signal?: AbortSignal;
}

/**
 * Streams a result URL into n8n binary data (never buffering the whole file in memory).
 * The API key is only attached while the URL is on the credential's own host; a redirect to
 * any other host is followed without credentials, and never back to using them.
 */
export async function downloadToBinary(env: DownloadEnv, output: TaskOutput, fallbackName: string): Promise<IBinaryData> {
	return await withRetry(() => downloadOnce(env, output, fallbackName), { ...READ_RETRY, maxAttempts: 3 }, isTransient, {
		clock: env.clock,
		signal: env.signal,
	});
}

async function downloadOnce(env: DownloadEnv, output: TaskOutput, fallbackName: string): Promise<IBinaryData> {
	const { ctx, transport } = env;
	let url = output.url;
	let mayAuthenticate = transport.isOwnHost(url);
	for (let hop = 0; ; hop++) {
		const options: IHttpRequestOptions = {
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			timeout: DOWNLOAD_TIMEOUT_MS,
		};
		if (env.signal) options.abortSignal = env.signal;
		const sent = await settle(async () =>
			(mayAuthenticate
				? await ctx.helpers.httpRequestWithAuthentication.call(ctx, transport.credentialType, options)
				: await ctx.helpers.httpRequest(options)) as StreamResponse,
		);
		if (!sent.ok) {
			const code = env.signal?.aborted ? 'ERR_CANCELED' : findErrorCode(sent.error);
			throw new TransportFailure(
				transport.redact(`Downloading the result failed: ${sent.error instanceof Error ? sent.error.message : String(sent.error)}`),
				false,
				code,
			);
		}
		const response = sent.value;
		const status = response.statusCode;
		if (status >= 300 && status < 400) {
			response.body.resume?.();
			const location = headerString(response.headers, 'location');
			if (!location || hop >= MAX_REDIRECTS) {
				throw downloadError(status, 'too many or empty redirects');
			}
			const next = new URL(location, url).href;
			// Once the download has left the credential's host it never returns to sending the key.
			mayAuthenticate = mayAuthenticate && transport.isOwnHost(next);
			url = next;
			continue;
		}
		if (status < 200 || status >= 300) {
			response.body.resume?.();
			throw downloadError(status, status === 403 || status === 404 || status === 410 ? 'the link may have expired' : 'the file host refused');
		}
		const contentType = headerString(response.headers, 'content-type')?.split(';')[0].trim();
		const mimeType =
			(contentType && contentType !== 'application/octet-stream' ? contentType : undefined) ??
			output.mimeType ??
			EXTENSION_MIME[extensionOf(url)] ??
			TYPE_DEFAULT_MIME[output.type] ??
			'application/octet-stream';
		const fileName = fileNameFor(url, fallbackName, mimeType);
		return await ctx.helpers.prepareBinaryData(response.body as unknown as Buffer, fileName, mimeType);
	}
}

function downloadError(status: number, why: string): TaskError {
	const retryable = status === 429 || status >= 500;
	return new ProviderError(
		{ reason: status === 429 ? 'rate_limited' : status >= 500 ? 'upstream_error' : 'not_found', code: String(status), message: `Downloading the result failed with HTTP ${status} (${why})`, retryable },
		{ httpCode: status, hint: 'Result links expire after a while. Run "Get Status" or "Wait Until Done" for a fresh link, then download again.' },
	);
}
