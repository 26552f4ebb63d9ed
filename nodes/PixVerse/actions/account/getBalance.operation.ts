import type { INodeProperties } from 'n8n-workflow';

import type { SimpleOperation } from '../../../shared/router';
import { asNumber, asString, isRecord } from '../../../shared/transport/json';
import { pixverseRequest } from '../../transport';

export const description: INodeProperties[] = [];

export const operation: SimpleOperation = {
	kind: 'simple',
	async execute(env) {
		const resp = await pixverseRequest(env, { method: 'GET', path: '/openapi/v2/account/balance' });
		const r = isRecord(resp) ? resp : {};
		const monthly = asNumber(r.credit_monthly) ?? 0;
		const pack = asNumber(r.credit_package) ?? 0;
		return {
			json: {
				provider: 'pixverse',
				operation: 'account.getBalance',
				accountId: asString(r.account_id) ?? null,
				creditMonthly: monthly,
				creditPackage: pack,
				creditTotal: monthly + pack,
			},
		};
	},
};
