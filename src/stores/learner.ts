/** The learner's name for the certificate and exported results, kept in this browser. */
import { LEARNER_KEY, normaliseLearnerName } from '../platform/learner';
import { persistentAtom } from './storage';

// A hand-edited saved name is cleaned up like a typed one.
export const $learnerName = persistentAtom<string>(LEARNER_KEY, '', { encode: String, decode: normaliseLearnerName });
