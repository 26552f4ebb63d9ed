/**
 * Runs our nodes inside the real n8n engine: n8n-core's WorkflowExecute, real parameter and
 * expression resolution, real filesystem binary data, real httpRequestWithAuthentication.
 */
import { Container } from '@n8n/di';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { BinaryDataService, ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';
import {
	ICredentialsHelper,
	LoggerProxy,
	NodeHelpers,
	Workflow,
	createRunExecutionData,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IConnections,
	type IDataObject,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type INode,
	type INodeCredentialsDetails,
	type INodeExecutionData,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowExecuteAdditionalData,
	type IVersionedNodeType,
} from 'n8n-workflow';

import { NewApiApi } from '../../credentials/NewApiApi.credentials';
import { PixVerseApi } from '../../credentials/PixVerseApi.credentials';
import { VectCutApi } from '../../credentials/VectCutApi.credentials';
import { NewApi } from '../../nodes/NewApi/NewApi.node';
import { PixVerse } from '../../nodes/PixVerse/PixVerse.node';
import { VectCut } from '../../nodes/VectCut/VectCut.node';

const NODE_CLASSES: Record<string, INodeType> = {
	'CUSTOM.pixVerse': new PixVerse(),
	'CUSTOM.newApi': new NewApi(),
	'CUSTOM.vectCut': new VectCut(),
};
const CREDENTIAL_TYPES: Record<string, ICredentialType> = {
	pixVerseApi: new PixVerseApi(),
	newApiApi: new NewApiApi(),
	vectCutApi: new VectCutApi(),
};

/** Makes another node type runnable by the harness (benchmarks register comparison nodes). */
export function registerNodeType(type: string, node: INodeType): void {
	NODE_CLASSES[type] = node;
}

/**
 * Registers `${type}Timed`: the same node, but recording when its execute() settles, so a test can
 * measure when the node itself returned (n8n reports a cancelled execution at once, before that).
 */
export function timedNodeType(type: string): { type: string; endedAt: () => number | undefined } {
	const original = NODE_CLASSES[type];
	let endedAt: number | undefined;
	const timed = Object.create(original) as INodeType;
	timed.execute = async function (this: IExecuteFunctions) {
		endedAt = undefined;
		try {
			return await original.execute!.call(this);
		} finally {
			endedAt = Date.now();
		}
	};
	NODE_CLASSES[`${type}Timed`] = timed;
	return { type: `${type}Timed`, endedAt: () => endedAt };
}

class NodeTypes implements INodeTypes {
	getByName(type: string): INodeType | IVersionedNodeType {
		const t = NODE_CLASSES[type];
		if (!t) throw new Error(`Unknown node type ${type}`);
		return t;
	}
	getByNameAndVersion(type: string, version?: number): INodeType {
		return NodeHelpers.getVersionedNodeType(this.getByName(type), version);
	}
	getKnownTypes() {
		return {};
	}
}

/** Applies the credential type's generic `authenticate` block, as n8n's CredentialsHelper does. */
class CredentialsHelper extends ICredentialsHelper {
	constructor(private readonly store: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}
	getParentTypes(): string[] {
		return [];
	}
	isCredentialUsableByNode(): boolean {
		return true;
	}
	async authenticate(credentials: ICredentialDataDecryptedObject, typeName: string, requestOptions: IHttpRequestOptions, workflow?: Workflow, node?: INode): Promise<IHttpRequestOptions> {
		const type = CREDENTIAL_TYPES[typeName];
		const auth = type?.authenticate;
		if (!auth || typeof auth === 'function') return requestOptions;
		// n8n's own expression engine resolves `={{$credentials.x}}`, as n8n's CredentialsHelper does.
		const resolve = (value: unknown) =>
			typeof value === 'string' && workflow && node
				? String(workflow.expression.getSimpleParameterValue(node, value, 'manual', { $credentials: credentials }, undefined, value))
				: value;
		const headers = { ...(requestOptions.headers ?? {}) } as IDataObject;
		for (const [k, v] of Object.entries(auth.properties.headers ?? {})) headers[k] = resolve(v) as string;
		const qs = { ...(requestOptions.qs ?? {}) } as IDataObject;
		for (const [k, v] of Object.entries(auth.properties.qs ?? {})) qs[k] = resolve(v) as string;
		return { ...requestOptions, headers, qs };
	}
	async preAuthentication() {
		return undefined;
	}
	async runPreAuthentication() {
		return undefined;
	}
	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}
	async getDecrypted(_a: IWorkflowExecuteAdditionalData, _n: INodeCredentialsDetails, type: string): Promise<ICredentialDataDecryptedObject> {
		const data = this.store[type];
		if (!data) throw new Error(`No credentials of type ${type}`);
		return { ...data };
	}
	async updateCredentials() {}
	async updateCredentialsOauthTokenData() {}
	getCredentialsProperties() {
		return [];
	}
}

let binaryReady: Promise<void> | undefined;

/** Filesystem-mode binary data, as a production n8n with N8N_DEFAULT_BINARY_DATA_MODE=filesystem. */
export function initBinaryData(): Promise<void> {
	binaryReady ??= (async () => {
		// The engine logs every node error; the tests read errors from the run instead.
		const quiet = () => undefined;
		LoggerProxy.init({ error: quiet, warn: quiet, info: quiet, debug: quiet } as never);
		const localStoragePath = mkdtempSync(join(tmpdir(), 'n8n-aigc-binary-'));
		const config = { mode: 'filesystem', availableModes: ['filesystem'], localStoragePath, signingSecret: 'test', dbMaxFileSize: 512 };
		const noop = () => undefined;
		const logger = { error: noop, warn: noop, info: noop, debug: noop, scoped: () => logger };
		const service = new BinaryDataService(config as never, { error: noop, warn: noop, info: noop } as never, logger as never);
		await service.init();
		Container.set(BinaryDataService, service);
	})();
	return binaryReady;
}

export interface RunOptions {
	parameters: IDataObject;
	items: INodeExecutionData[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	nodeType?: string;
	nodeName?: string;
	/** Node settings such as retryOnFail, maxTries, waitBetweenTries, continueOnFail. */
	settings?: Partial<INode>;
	executionId?: string;
	/** Called with the cancelable run promise (to press Stop). */
	onStart?: (cancel: () => void) => void;
}

export interface RunResult {
	run: IRun;
	status: string;
	items: INodeExecutionData[];
	error?: { message: string; description?: string | null; itemIndex?: number; httpCode?: string | null } & IDataObject;
	/** Wall time of the run, in ms. */
	ms: number;
}

let counter = 0;

function buildAdditionalData(credentials: Record<string, ICredentialDataDecryptedObject>, executionId: string, hooks?: ExecutionLifecycleHooks): IWorkflowExecuteAdditionalData {
	const base = 'http://127.0.0.1:5678';
	return {
		credentialsHelper: new CredentialsHelper(credentials),
		executionId,
		hooks,
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: base,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
		variables: {},
		currentNodeExecutionIndex: 0,
		executeWorkflow: async () => {
			throw new Error('not supported');
		},
		getRunExecutionData: async () => undefined,
		getRuntimeCredential: async () => undefined,
		logAiEvent: () => undefined,
		startRunnerTask: async () => {
			throw new Error('not supported');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

function buildNode(type: string, parameters: IDataObject, credentials: Record<string, ICredentialDataDecryptedObject>, settings?: Partial<INode>, name = 'Node'): INode {
	const credentialType = Object.keys(credentials)[0];
	return {
		id: 'node-1',
		name,
		type,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { [credentialType]: { id: '1', name: 'test' } },
		...(settings ?? {}),
	};
}

/** Calls a node's loadOptions method through n8n-core's LoadOptionsContext (real auth and HTTP). */
function loadOptionsContext(type: string, parameters: IDataObject, credentials: Record<string, ICredentialDataDecryptedObject>) {
	const node = buildNode(type, parameters, credentials);
	const workflow = new Workflow({ id: 'wf-1', name: 'test', nodes: [node], connections: {}, active: false, nodeTypes: new NodeTypes() });
	// The editor sends the node's current parameters with every options request.
	const additionalData = { ...buildAdditionalData(credentials, 'load-options'), currentNodeParameters: parameters as INode['parameters'] };
	return { context: new LoadOptionsContext(workflow, node, additionalData, 'parameters'), nodeType: new NodeTypes().getByNameAndVersion(type) };
}

export async function loadOptions(type: string, method: string, parameters: IDataObject, credentials: Record<string, ICredentialDataDecryptedObject>) {
	const { context, nodeType } = loadOptionsContext(type, parameters, credentials);
	const fn = nodeType.methods?.loadOptions?.[method];
	if (!fn) throw new Error(`No loadOptions method ${method}`);
	return await fn.call(context);
}

/** Calls a resource locator's listSearch method, as the editor does when the list opens. */
export async function listSearch(type: string, method: string, parameters: IDataObject, credentials: Record<string, ICredentialDataDecryptedObject>, filter?: string) {
	const { context, nodeType } = loadOptionsContext(type, parameters, credentials);
	const fn = nodeType.methods?.listSearch?.[method];
	if (!fn) throw new Error(`No listSearch method ${method}`);
	return await fn.call(context, filter);
}

export interface ChainStep {
	name: string;
	type: string;
	parameters: IDataObject;
	settings?: Partial<INode>;
}

export interface ChainResult extends RunResult {
	/** Output items of every node, by name. */
	byNode: Record<string, INodeExecutionData[]>;
	/** Node names in the order the engine ran them. */
	order: string[];
}

/** Runs nodes connected one after another (each node's main output feeds the next). */
export async function runChain(steps: ChainStep[], items: INodeExecutionData[], credentials: Record<string, ICredentialDataDecryptedObject>, extra: Pick<RunOptions, 'executionId' | 'onStart'> = {}): Promise<ChainResult> {
	await initBinaryData();
	const nodes = steps.map((step, k) => ({ ...buildNode(step.type, step.parameters, credentials, step.settings, step.name), id: `node-${k + 1}`, position: [k * 200, 0] as [number, number] }));
	const connections: IConnections = {};
	for (let k = 0; k < nodes.length - 1; k++) connections[nodes[k].name] = { main: [[{ node: nodes[k + 1].name, type: 'main', index: 0 }]] };
	const workflow = new Workflow({ id: 'wf-1', name: 'test', nodes, connections, active: false, nodeTypes: new NodeTypes(), settings: { executionOrder: 'v1' } });
	const executionId = extra.executionId ?? `exec-${++counter}`;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, { id: 'wf-1', name: 'test', nodes, connections, active: false, settings: {} } as never);
	let finished: (run: IRun) => void = () => undefined;
	const done = new Promise<IRun>((resolve) => (finished = resolve));
	const order: string[] = [];
	hooks.addHandler('nodeExecuteAfter', (name: string) => void order.push(name));
	hooks.addHandler('workflowExecuteAfter', (run: IRun) => finished(run));
	const additionalData = buildAdditionalData(credentials, executionId, hooks);
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: nodes[0], data: { main: [items] }, source: null }],
		},
	});
	const started = Date.now();
	const execution = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	const promise = execution.processRunExecutionData(workflow);
	extra.onStart?.(() => promise.cancel());
	promise.catch(() => undefined);
	const run = await done;
	const ms = Date.now() - started;
	const byNode: Record<string, INodeExecutionData[]> = {};
	for (const node of nodes) {
		const taskData = run.data.resultData.runData[node.name]?.slice(-1)[0];
		byNode[node.name] = (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[];
	}
	const last = run.data.resultData.lastNodeExecuted ?? nodes[nodes.length - 1].name;
	const lastTask = run.data.resultData.runData[last]?.slice(-1)[0];
	const rawError = (run.data.resultData.error ?? lastTask?.error) as unknown as IDataObject | undefined;
	const error = rawError
		? {
				...rawError,
				message: String(rawError.message ?? ''),
				description: (rawError.description as string | null | undefined) ?? null,
				itemIndex: rawError.context ? ((rawError.context as IDataObject).itemIndex as number | undefined) : undefined,
				httpCode: (rawError.httpCode as string | null | undefined) ?? null,
			}
		: undefined;
	return { run, status: run.status, items: byNode[nodes[nodes.length - 1].name], byNode, order, error, ms };
}

export async function runNode(options: RunOptions): Promise<RunResult> {
	const name = options.nodeName ?? 'Node';
	const result = await runChain([{ name, type: options.nodeType ?? 'CUSTOM.pixVerse', parameters: options.parameters, settings: options.settings }], options.items, options.credentials, options);
	return { run: result.run, status: result.status, items: result.byNode[name], error: result.error, ms: result.ms };
}

/** n `{ json: {...} }` items. */
export function makeItems(n: number, json: (i: number) => IDataObject = (i) => ({ i })): INodeExecutionData[] {
	return Array.from({ length: n }, (_, i) => ({ json: json(i) }));
}
