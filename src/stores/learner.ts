/** The learner's name for the certificate and exported results, kept in this browser. */
import { persistentAtom } from '@nanostores/persistent';
import { LEARNER_KEY } from '../platform/learner';
// Registers the safe storage engine (private mode, full storage) before this atom first reads.
import './progress';

export const learnerName = persistentAtom<string>(LEARNER_KEY, '');
