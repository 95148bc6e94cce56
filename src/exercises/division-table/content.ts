/** The schema of content/exercises/division-table.yaml. */
import type { z } from 'astro/zod';
import { InstructionsOnly } from '../shared/content-schema';

export const schema = InstructionsOnly;
export type Content = z.infer<typeof schema>;
