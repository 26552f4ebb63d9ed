import { miniMaxDriver } from '../../vendors/minimax';
import { statusOperations } from '../taskOps';
import * as generate from './generate.operation';

export const miniMaxStatus = statusOperations({ driver: (env) => miniMaxDriver(env) }, 'The task ID a MiniMax Generate returned');
export { generate };
