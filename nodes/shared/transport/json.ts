/**
 * JSON helpers that keep integers beyond 2^53 exact.
 *
 * Some providers (PixVerse) return int64 ids that `JSON.parse` would round. `parseJsonSafe`
 * turns every integer literal that is not a safe integer into a string before parsing, so ids
 * come out as exact strings. `RawNumber` lets such an id be sent back as an unquoted number token.
 */

const BIG_INT_TOKEN = /("(?:[^"\\]|\\.)*")|(-?\d{16,})(?![\d.eE])/g;

export function parseJsonSafe(text: string): unknown {
	const guarded = text.replace(BIG_INT_TOKEN, (match, str: string | undefined, digits: string | undefined) => {
		if (str !== undefined) return str;
		if (digits !== undefined && !Number.isSafeInteger(Number(digits))) return `"${digits}"`;
		return match;
	});
	return JSON.parse(guarded) as unknown;
}

/** A number written verbatim into JSON output (for ids that must stay unquoted and exact). */
export class RawNumber {
	constructor(readonly digits: string) {
		if (!/^-?\d+$/.test(digits)) throw new TypeError(`Not an integer: ${digits}`);
	}
}

/** `JSON.stringify`, except that `RawNumber` values are written as bare number tokens. */
export function stringifyJson(value: unknown): string {
	const marks: string[] = [];
	const text = JSON.stringify(value, (_key, v: unknown) => {
		if (v instanceof RawNumber) {
			marks.push(v.digits);
			return `\u0000raw${marks.length - 1}\u0000`;
		}
		return v;
	});
	if (marks.length === 0) return text;
	return text.replace(/"\\u0000raw(\d+)\\u0000"/g, (_m, i: string) => marks[Number(i)]);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads `a.b.0.c` out of untyped JSON; undefined when any step is missing. */
export function getPath(value: unknown, path: string): unknown {
	let current: unknown = value;
	for (const part of path.split('.').filter(Boolean)) {
		if (Array.isArray(current) && /^\d+$/.test(part)) current = current[Number(part)];
		else if (isRecord(current)) current = current[part];
		else return undefined;
	}
	return current;
}

export function asString(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return undefined;
}

export function asNumber(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
	return undefined;
}
