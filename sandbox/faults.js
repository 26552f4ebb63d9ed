'use strict';
// Injectable faults. A rule matches requests by service, kind and path; it fires a fixed number
// of times, or at a seeded rate, so fault runs are repeatable.

function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const TYPES = new Set(['429', '500', '502', '503', 'reset', 'lost-response', 'slow', 'malformed', 'html']);

class Faults {
	constructor(seed = 1) {
		this.rules = [];
		this.random = mulberry32(seed);
		this.fired = [];
	}

	seed(seed) {
		this.random = mulberry32(seed);
	}

	/**
	 * @param {{type: string, service?: string, kind?: string, path?: string|RegExp, times?: number, rate?: number, retryAfter?: number, delayMs?: number}} rule
	 */
	add(rule) {
		if (!TYPES.has(rule.type)) throw new Error(`unknown fault type ${rule.type}`);
		const entry = { times: rule.rate === undefined ? 1 : Infinity, ...rule, used: 0 };
		this.rules.push(entry);
		return entry;
	}

	clear() {
		this.rules = [];
		this.fired = [];
	}

	/** The fault to apply to this request, if any (consumes one use). */
	pick(info) {
		for (const rule of this.rules) {
			if (rule.used >= rule.times) continue;
			if (rule.service && rule.service !== info.service) continue;
			if (rule.kind && rule.kind !== info.kind) continue;
			if (rule.path) {
				const ok = rule.path instanceof RegExp ? rule.path.test(info.path) : info.path.includes(rule.path);
				if (!ok) continue;
			}
			if (rule.rate !== undefined && this.random() >= rule.rate) continue;
			rule.used++;
			this.fired.push({ type: rule.type, service: info.service, kind: info.kind, path: info.path });
			return rule;
		}
		return undefined;
	}

	countFired() {
		const counts = {};
		for (const f of this.fired) counts[f.type] = (counts[f.type] || 0) + 1;
		return counts;
	}
}

module.exports = { Faults, mulberry32 };
