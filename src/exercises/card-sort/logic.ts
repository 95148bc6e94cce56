/**
 * Card sorting (分拣练习): place each card in a category, check, see why, fix and check again.
 * Pure state and scoring shared by every deck (五维转变, 价值线, …).
 */

export interface SortCard {
  id: string;
  text: string;
  answer: string;
  why: string;
}

export interface SorterState {
  /** cardId → categoryId */
  placements: Record<string, string>;
  /** The learner has pressed 「检查」 since the last change of these placements. */
  checked: boolean;
  /** Checked with every card right at least once. */
  solved: boolean;
}

export function emptySorterState(): SorterState {
  return { placements: {}, checked: false, solved: false };
}

/** Places (or with `null` removes) a card; any change hides the previous check's marks. */
export function placeCard(state: SorterState, cardId: string, categoryId: string | null): SorterState {
  const placements = { ...state.placements };
  if (categoryId === null) delete placements[cardId];
  else placements[cardId] = categoryId;
  return { ...state, placements, checked: false };
}

export interface SorterResult {
  right: string[];
  wrong: string[];
  unplaced: string[];
}

export function sorterResult(cards: readonly SortCard[], placements: Readonly<Record<string, string>>): SorterResult {
  const result: SorterResult = { right: [], wrong: [], unplaced: [] };
  for (const card of cards) {
    const placed = placements[card.id];
    if (placed === undefined) result.unplaced.push(card.id);
    else if (placed === card.answer) result.right.push(card.id);
    else result.wrong.push(card.id);
  }
  return result;
}

/** Checking is possible once every card is placed; a perfect check marks the deck solved for good. */
export function checkSorter(state: SorterState, cards: readonly SortCard[]): SorterState {
  const result = sorterResult(cards, state.placements);
  if (result.unplaced.length > 0) return state;
  return { ...state, checked: true, solved: state.solved || result.wrong.length === 0 };
}

/** Decodes saved state; placements for unknown cards or categories are dropped. */
export function parseSorterState(
  value: unknown,
  cards: readonly SortCard[],
  categoryIds: readonly string[],
): SorterState | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const saved =
    typeof raw.placements === 'object' && raw.placements !== null ? (raw.placements as Record<string, unknown>) : {};
  const placements: Record<string, string> = {};
  for (const card of cards) {
    const placed = saved[card.id];
    if (typeof placed === 'string' && categoryIds.includes(placed)) placements[card.id] = placed;
  }
  return { placements, checked: raw.checked === true, solved: raw.solved === true };
}
