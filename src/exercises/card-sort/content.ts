import { z } from 'astro/zod';
import { Instructions } from '../shared/content-schema';

/**
 * A card-sorting deck (`content/exercises/<exercise id>.yaml`, registered with kind `card-sort`): situations or behaviours the learner
 * sorts into categories, each card with its right category and why.
 */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const schema = z
  .strictObject({
    instructions: Instructions,
    categories: z
      .array(
        z.object({
          id: z.string().regex(SLUG),
          label: z.string().min(1),
          /** Optional heading that groups categories (e.g. the shift a 「少…/善…」 pair belongs to). */
          group: z.string().optional(),
        }),
      )
      .min(2)
      .max(12),
    cards: z
      .array(
        z.object({
          id: z.string().regex(SLUG),
          text: z.string().min(2),
          /** The id of the right category. */
          answer: z.string(),
          /** Why it belongs there; shown after checking. */
          why: z.string().min(4),
        }),
      )
      .min(3)
      .max(30),
  })
  .superRefine((deck, context) => {
    const categories = new Set(deck.categories.map((category) => category.id));
    if (categories.size !== deck.categories.length)
      context.addIssue({ code: 'custom', path: ['categories'], message: 'categories: 有重复的 id' });
    const seen = new Set<string>();
    deck.cards.forEach((card, index) => {
      if (!categories.has(card.answer))
        context.addIssue({
          code: 'custom',
          path: ['cards', index, 'answer'],
          message: `card "${card.id}" → answer: 没有 id 为「${card.answer}」的类别`,
        });
      if (seen.has(card.id))
        context.addIssue({ code: 'custom', path: ['cards', index, 'id'], message: `card "${card.id}" → id: 重复` });
      seen.add(card.id);
    });
  });

export type Deck = z.infer<typeof schema>;
export type Content = Deck;
