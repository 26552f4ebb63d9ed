import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { ProviderError, TransportFailure } from '../lifecycle/errors';
import type { FailureReason } from '../lifecycle/types';
import { stringifyJson } from './json';

export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

export interface MultipartPart {
	name: string;
	value: string | Buffer;
	fileName?: string;
	contentType?: string;
}

export interface ApiRequest {
	method: IHttpRequestMethods;
	/** Path below the credential's Base URL (leading slash), or an absolute URL on the same host. */
	path: string;
	qs?: IDataObject;
	/** Sent as JSON (`RawNumber` values stay bare number tokens). */
	body?: unknown;
	multipart?: MultipartPart[];
	headers?: Record<string, string>;
	/** Per-request timeout in milliseconds (default 60 000). */
	timeoutMs?: number;
}

export interface ApiResponse {
	status: number;
	headers: Record<string, string>;
	text: string;
}

export interface TransportOptions {
	credentialType: string;
	/** Credential field holding the Base URL. */
	baseUrlField?: string;
	/** Credential fields whose values must never appear in output or errors. */
	secretFields?: string[];
	defaultBaseUrl?: string;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_ERROR_BODY = 500;

/**
 * The one HTTP seam for a node: every call goes through n8n's
 * `httpRequestWithAuthentication`, so the credential class owns the auth header and n8n's proxy
 * and cancel handling apply. Redirects are never followed automatically, so the key cannot
 * travel to another host.
 */
export class Transport {
	private constructor(
		private readonly ctx: RequestContext,
		private readonly options: TransportOptions,
		readonly baseUrl: string,
		private readonly secrets: string[],
	) {}

	static async create(ctx: RequestContext, options: TransportOptions): Promise<Transport> {
		const credentials = await ctx.getCredentials(options.credentialType);
		const raw = String(credentials[options.baseUrlField ?? 'baseUrl'] ?? options.defaultBaseUrl ?? '').trim();
		const baseUrl = raw.replace(/\/+$/, '');
		const secrets = (options.secretFields ?? ['apiKey'])
			.map((field) => String(credentials[field] ?? ''))
			.filter((value) => value.length >= 4);
		return new Transport(ctx, options, baseUrl, secrets);
	}

	get credentialType(): string {
		return this.options.credentialType;
	}

	get baseHost(): string {
		try {
			return new URL(this.baseUrl).host;
		} catch {
			return '';
		}
	}

	/** Timeout of requests that do not set their own, in milliseconds. */
	defaultTimeoutMs = DEFAULT_TIMEOUT_MS;

	/** Removes every credential secret from a text meant for the user. */
	redact(text: string): string {
		let out = text;
		for (const secret of this.secrets) out = out.split(secret).join('***');
		return out;
	}

	resolveUrl(path: string): string {
		if (/^https?:\/\//i.test(path)) return path;
		return `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
	}

	/** True when `url` is on the credential's own host (the only host that may see the key). */
	isOwnHost(url: string): boolean {
		try {
			return new URL(url).host === this.baseHost;
		} catch {
			return false;
		}
	}

	/**
	 * Sends one request and returns status, headers and body text, whatever the HTTP status.
	 * Throws `TransportFailure` only when no answer arrived (reset, refused, timeout, abort).
	 */
	async send(request: ApiRequest): Promise<ApiResponse> {
		if (!this.baseUrl) {
			throw new ProviderError(
				{ reason: 'auth', code: null, message: 'The credential has no Base URL', retryable: false },
				{ hint: 'Open the credential and fill in its Base URL.', accepted: false },
			);
		}
		const url = this.resolveUrl(request.path);
		if (!this.isOwnHost(url)) {
			throw new ProviderError(
				{ reason: 'invalid_input', code: null, message: `Refusing to send the credential to another host: ${new URL(url).host}`, retryable: false },
				{ accepted: false },
			);
		}
		const headers: Record<string, string> = { Accept: 'application/json', ...(request.headers ?? {}) };
		let body: string | Buffer | undefined;
		if (request.multipart) {
			const boundary = `----n8nAigc${Math.random().toString(16).slice(2)}${Date.now().toString(16)}`;
			body = encodeMultipart(request.multipart, boundary);
			headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`;
		} else if (request.body !== undefined) {
			body = stringifyJson(request.body);
			headers['Content-Type'] = 'application/json';
		}
		const options: IHttpRequestOptions = {
			method: request.method,
			url,
			qs: request.qs,
			headers,
			body,
			json: false,
			encoding: 'arraybuffer',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			disableFollowRedirect: true,
			timeout: request.timeoutMs ?? this.defaultTimeoutMs,
		};
		let response: { statusCode: number; headers: Record<string, unknown>; body: unknown };
		try {
			response = (await this.ctx.helpers.httpRequestWithAuthentication.call(
				this.ctx,
				this.options.credentialType,
				options,
			)) as typeof response;
		} catch (error) {
			// Only the execution's own cancel signal means "cancelled"; n8n words timeouts as "aborted" too.
			const signal = 'getExecutionCancelSignal' in this.ctx ? this.ctx.getExecutionCancelSignal?.() : undefined;
			throw toTransportFailure(error, (text) => this.redact(text), Boolean(signal?.aborted));
		}
		return {
			status: response.statusCode,
			headers: normalizeHeaders(response.headers),
			text: bodyToText(response.body),
		};
	}

	/** A short, secret-free excerpt of a response body for error messages. */
	excerpt(text: string): string {
		const clean = this.redact(text.replace(/\s+/g, ' ').trim());
		return clean.length > MAX_ERROR_BODY ? `${clean.slice(0, MAX_ERROR_BODY)}…` : clean;
	}
}

function normalizeHeaders(headers: Record<string, unknown> | undefined): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers ?? {})) {
		out[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return out;
}

function bodyToText(body: unknown): string {
	if (body === undefined || body === null) return '';
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	if (body instanceof ArrayBuffer) return Buffer.from(body).toString('utf8');
	if (typeof body === 'string') return body;
	return JSON.stringify(body);
}

function encodeMultipart(parts: MultipartPart[], boundary: string): Buffer {
	const chunks: Buffer[] = [];
	for (const part of parts) {
		let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
		if (part.fileName !== undefined) head += `; filename="${part.fileName.replace(/"/g, '')}"`;
		head += '\r\n';
		if (part.contentType) head += `Content-Type: ${part.contentType}\r\n`;
		chunks.push(Buffer.from(`${head}\r\n`), Buffer.isBuffer(part.value) ? part.value : Buffer.from(part.value), Buffer.from('\r\n'));
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}

const BEFORE_SEND_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const NETWORK_CODES = new Set([
	...BEFORE_SEND_CODES,
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ERR_CANCELED',
	'ESOCKETTIMEDOUT',
	'UND_ERR_SOCKET',
	'ERR_BAD_RESPONSE',
]);

/**
 * Finds the network error code inside n8n's wrapped errors (NodeApiError → cause → axios error).
 * Codes on any level win over message patterns; n8n rewrites messages ("The connection was
 * aborted…") in ways that would mislead a pattern match.
 */
export function findErrorCode(error: unknown): string | null {
	const chain: Array<Record<string, unknown>> = [];
	const seen = new Set<unknown>();
	let current: unknown = error;
	while (current && typeof current === 'object' && !seen.has(current)) {
		seen.add(current);
		const record = current as Record<string, unknown>;
		chain.push(record);
		current = record.cause ?? record.error ?? record.originalError;
	}
	for (const record of chain) {
		if (typeof record.code === 'string' && NETWORK_CODES.has(record.code)) return record.code;
	}
	for (const record of chain) {
		const message = typeof record.message === 'string' ? record.message : '';
		for (const candidate of NETWORK_CODES) if (message.includes(candidate)) return candidate;
		if (/timeout of \d+ms exceeded|timed out/i.test(message)) return 'ETIMEDOUT';
		if (/socket hang up|connection was closed|closed unexpectedly/i.test(message)) return 'ECONNRESET';
	}
	return null;
}

function toTransportFailure(error: unknown, redact: (text: string) => string, cancelled: boolean): TransportFailure {
	const code = cancelled ? 'ERR_CANCELED' : findErrorCode(error);
	const raw = error instanceof Error ? error.message : String(error);
	const message = redact(
		code === 'ERR_CANCELED'
			? 'The request was cancelled'
			: code === 'ETIMEDOUT' || code === 'ECONNABORTED'
				? 'The provider did not answer in time'
				: `The request failed: ${raw}`,
	);
	return new TransportFailure(message, code !== null && BEFORE_SEND_CODES.has(code), code);
}

/** Parses a Retry-After header (seconds or HTTP date) into milliseconds. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * The default reading of a non-2xx HTTP status. Adapters call this when their own envelope
 * says nothing more specific.
 */
export function httpStatusFailure(
	response: ApiResponse,
	message: string,
	taskId?: string | null,
): ProviderError {
	const { status } = response;
	let reason: FailureReason = 'unknown';
	let retryable = false;
	// 429 and 503 mean the request was turned away, so a paid submit was not accepted.
	let accepted: boolean | undefined;
	if (status === 401 || status === 403) reason = 'auth';
	else if (status === 402) reason = 'insufficient_credits';
	else if (status === 404) reason = 'not_found';
	else if (status === 429) {
		reason = 'rate_limited';
		retryable = true;
		accepted = false;
	} else if (status === 400 || status === 422) reason = 'invalid_input';
	else if (status >= 500) {
		reason = 'upstream_error';
		retryable = true;
		if (status === 503) accepted = false;
	}
	return new ProviderError(
		{ reason, code: String(status), message, retryable },
		{ taskId, httpCode: status, accepted, retryAfterMs: parseRetryAfter(response.headers['retry-after']) },
	);
}
