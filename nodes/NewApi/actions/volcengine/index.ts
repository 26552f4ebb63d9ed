import { arkDriver } from '../../vendors/ark';
import { statusOperations } from '../taskOps';
import * as generate from './generate.operation';

export const arkStatus = statusOperations({ driver: (env, i) => arkDriver(env, generate.readPrefix(env, i)), fields: [generate.prefixField] }, 'The task ID (cgt-…) a Volcengine Generate returned');
export { generate };
