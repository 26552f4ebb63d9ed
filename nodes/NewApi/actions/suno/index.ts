import { sunoDriver } from '../../vendors/suno';
import { statusOperations } from '../taskOps';
import * as generateLyrics from './generateLyrics.operation';
import * as generateMusic from './generateMusic.operation';

export const sunoStatus = statusOperations({ driver: (env) => sunoDriver(env), splitOutputs: true }, 'The ID a Suno submit returned');
export { generateLyrics, generateMusic };
