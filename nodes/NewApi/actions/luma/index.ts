import { lumaDriver } from '../../vendors/luma';
import { statusOperations } from '../taskOps';
import * as extend from './extend.operation';
import * as generate from './generate.operation';

export const lumaStatus = statusOperations({ driver: (env) => lumaDriver(env) }, 'The generation ID a Luma submit returned');
export { extend, generate };
