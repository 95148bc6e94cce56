import { describe, expect, it } from 'vitest';
import { schema as DeckSchema } from '../../src/exercises/card-sort/content';
import { EXERCISE_IDS, exercise } from '../../src/exercises/registry';
import { rawContent } from './exercise-content';

/** The fields zod complains about, as dotted paths. */
function failingFields(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

/** The messages zod gives, one per issue. */
function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.message);
}

const minimal = {
  instructions: '把卡片放进类别',
  categories: [
    { id: 'old-way', label: '老做法' },
    { id: 'new-way', label: '新做法', group: '转变' },
  ],
  cards: [
    { id: 'card-1', text: '卡片一', answer: 'old-way', why: '因为这样所以那样' },
    { id: 'card-2', text: '卡片二', answer: 'new-way', why: '因为这样所以那样' },
    { id: 'card-3', text: '卡片三', answer: 'old-way', why: '因为这样所以那样' },
  ],
};

type MinimalDeck = typeof minimal;

function deck(change: (copy: MinimalDeck) => void): unknown {
  const copy = structuredClone(minimal);
  change(copy);
  return copy;
}

describe('DeckSchema: a valid deck', () => {
  it('parses a minimal deck unchanged', () => {
    expect(DeckSchema.parse(minimal)).toEqual(minimal);
  });

  it('keeps the optional group only where given', () => {
    const parsed = DeckSchema.parse(minimal);
    expect(parsed.categories[0]).not.toHaveProperty('group');
    expect(parsed.categories[1]?.group).toBe('转变');
  });
});

describe('DeckSchema: failures name the path', () => {
  it('too few categories', () => {
    const result = DeckSchema.safeParse(
      deck((copy) => {
        copy.categories = [copy.categories[0]!];
        copy.cards = copy.cards.map((card) => ({ ...card, answer: 'old-way' }));
      }),
    );
    expect(result.success).toBe(false);
    expect(failingFields(result)).toEqual(['categories']);
  });

  it('too many categories', () => {
    const result = DeckSchema.safeParse(
      deck((copy) => {
        copy.categories = Array.from({ length: 13 }, (_, index) => ({ id: `c${index}`, label: `类${index}` }));
        copy.cards = copy.cards.map((card) => ({ ...card, answer: 'c0' }));
      }),
    );
    expect(failingFields(result)).toEqual(['categories']);
  });

  it('bad category id', () => {
    for (const id of ['Old-Way', 'old_way', 'old way', '-old', 'old-', 'old--way', '', '旧']) {
      const result = DeckSchema.safeParse(
        deck((copy) => {
          copy.categories[1]!.id = id;
          copy.cards[1]!.answer = id;
        }),
      );
      expect(result.success, id).toBe(false);
      expect(failingFields(result), id).toEqual(['categories.1.id']);
    }
  });

  it('bad card id', () => {
    for (const id of ['Card-1', 'card_1', 'card 1', 'card-', '']) {
      const result = DeckSchema.safeParse(deck((copy) => (copy.cards[2]!.id = id)));
      expect(result.success, id).toBe(false);
      expect(failingFields(result), id).toEqual(['cards.2.id']);
    }
  });

  it('a card whose answer is not a category', () => {
    const result = DeckSchema.safeParse(deck((copy) => (copy.cards[1]!.answer = 'nowhere')));
    expect(result.success).toBe(false);
    expect(failingFields(result)).toEqual(['cards.1.answer']);
    expect(messages(result)).toHaveLength(1);
    expect(messages(result)[0]).toContain('card "card-2" → answer');
    expect(messages(result)[0]).toContain('nowhere');
  });

  it('duplicate card ids', () => {
    const result = DeckSchema.safeParse(deck((copy) => (copy.cards[2]!.id = 'card-1')));
    expect(result.success).toBe(false);
    expect(failingFields(result)).toEqual(['cards.2.id']);
    expect(messages(result)[0]).toContain('card "card-1" → id');
  });

  it('reports an unknown answer and a duplicate id together', () => {
    const result = DeckSchema.safeParse(
      deck((copy) => {
        copy.cards[0]!.answer = 'nowhere';
        copy.cards[2]!.id = 'card-2';
      }),
    );
    expect(failingFields(result)).toEqual(['cards.0.answer', 'cards.2.id']);
  });

  it('too few cards', () => {
    const result = DeckSchema.safeParse(deck((copy) => (copy.cards = copy.cards.slice(0, 2))));
    expect(result.success).toBe(false);
    expect(failingFields(result)).toEqual(['cards']);
  });

  it('too many cards', () => {
    const result = DeckSchema.safeParse(
      deck((copy) => {
        copy.cards = Array.from({ length: 31 }, (_, index) => ({
          id: `card-${index}`,
          text: '卡片',
          answer: 'old-way',
          why: '因为这样所以那样',
        }));
      }),
    );
    expect(failingFields(result)).toEqual(['cards']);
  });

  it('missing why', () => {
    const result = DeckSchema.safeParse(deck((copy) => delete (copy.cards[0] as { why?: string }).why));
    expect(result.success).toBe(false);
    expect(failingFields(result)).toEqual(['cards.0.why']);
  });

  it('too short why', () => {
    const result = DeckSchema.safeParse(deck((copy) => (copy.cards[1]!.why = '因为')));
    expect(failingFields(result)).toEqual(['cards.1.why']);
  });

  it('missing or too short title and instructions', () => {
    expect(failingFields(DeckSchema.safeParse(deck((copy) => Object.assign(copy, { title: '分拣' }))))).toEqual(['']);
    expect(failingFields(DeckSchema.safeParse(deck((copy) => (copy.instructions = '放进去'))))).toEqual([
      'instructions',
    ]);
  });

  it('missing category label or card text', () => {
    expect(failingFields(DeckSchema.safeParse(deck((copy) => (copy.categories[0]!.label = ''))))).toEqual([
      'categories.0.label',
    ]);
    expect(failingFields(DeckSchema.safeParse(deck((copy) => (copy.cards[0]!.text = '卡'))))).toEqual(['cards.0.text']);
  });
});

describe('the card sorts in content/exercises', () => {
  const decks = EXERCISE_IDS.filter((id) => exercise(id).kind === 'card-sort');

  it('there is at least one deck', () => {
    expect(decks.length).toBeGreaterThan(0);
  });

  for (const id of decks) {
    describe(id, () => {
      const raw = rawContent(id);

      it('parses with DeckSchema', () => {
        const result = DeckSchema.safeParse(raw);
        expect(messages(result)).toEqual([]);
        expect(result.success).toBe(true);
      });

      it('uses every category as the answer of at least one card', () => {
        const parsed = DeckSchema.parse(raw);
        const answers = new Set(parsed.cards.map((card) => card.answer));
        const unused = parsed.categories.map((category) => category.id).filter((id) => !answers.has(id));
        expect(unused).toEqual([]);
      });

      it('has at least 8 cards', () => {
        expect(DeckSchema.parse(raw).cards.length).toBeGreaterThanOrEqual(8);
      });

      it('has unique category ids', () => {
        const ids = DeckSchema.parse(raw).categories.map((category) => category.id);
        expect(new Set(ids).size).toBe(ids.length);
      });
    });
  }
});

describe('duplicate category ids', () => {
  it('are refused', () => {
    const result = DeckSchema.safeParse({
      instructions: '把卡片放进类别',
      categories: [
        { id: 'a', label: 'A' },
        { id: 'a', label: 'A2' },
      ],
      cards: [
        { id: 'c1', text: '卡片一', answer: 'a', why: '因为如此' },
        { id: 'c2', text: '卡片二', answer: 'a', why: '因为如此' },
        { id: 'c3', text: '卡片三', answer: 'a', why: '因为如此' },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['categories']);
  });
});
