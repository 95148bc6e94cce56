import type { ComponentChildren } from 'preact';
import ExerciseFrame from '../shared/ExerciseFrame';
import SlidePager, { pagerItem } from '../shared/SlidePager';
import { useSavedExercise } from '../shared/useSavedExercise';
import { useSlidePosition } from '../shared/useSlidePosition';
import { checkSorter, emptySorterState, parseSorterState, placeCard, sorterResult, type SorterState } from './logic';
import { hashSeed, shuffledIndices } from '../../platform/random';
import type { Deck } from './content';
import type { SavedExerciseId } from '../../stores/exercise';

interface Props {
  /** From the registry. */
  title: string;
  exerciseId: SavedExerciseId;
  deck: Deck;
  /** Static HTML from the page (Astro slot "instructions"). */
  instructions?: ComponentChildren;
  /** On a slide: one card at a time, every category as a button, for the room to decide together. */
  slide?: boolean;
}

/** Up to this many categories show as buttons; more become a drop-down list. */
const MAX_BUTTONS = 4;

/** A card-sorting exercise for any deck in content/decks/. */
export default function CardSorter({ title, exerciseId, deck, instructions, slide = false }: Props) {
  const categoryIds = deck.categories.map((category) => category.id);
  const parse = (value: unknown) => parseSorterState(value, deck.cards, categoryIds);
  const { state, record, update, reset } = useSavedExercise<SorterState>(
    exerciseId,
    parse,
    emptySorterState,
    (next: SorterState) => next.solved,
  );
  const result = sorterResult(deck.cards, state.placements);
  const order = shuffledIndices(deck.cards.length, hashSeed(exerciseId));
  const labelOf = (id: string) => {
    const category = deck.categories.find((item) => item.id === id);
    return category ? `${category.group ? `${category.group} · ` : ''}${category.label}` : '';
  };
  const groups = [...new Set(deck.categories.map((category) => category.group ?? ''))];
  const [shown, setShown] = useSlidePosition(exerciseId, deck.cards.length);
  const check = () =>
    update((latest) => {
      const next = checkSorter(latest, deck.cards);
      // On a slide the room talks through the first miss right away (the update runs once, at once).
      const firstWrong = order.findIndex(
        (index) => next.placements[deck.cards[index]!.id] !== deck.cards[index]!.answer,
      );
      if (slide && firstWrong >= 0) setShown(firstWrong);
      return next;
    });

  return (
    <ExerciseFrame id={exerciseId} title={title} record={record} onReset={reset} instructions={instructions}>
      <p class="sorter-progress">
        已放好 {deck.cards.length - result.unplaced.length} / {deck.cards.length} 张
      </p>
      <ol class="sort-cards">
        {order.map((index, position) => {
          const card = deck.cards[index]!;
          const placed = state.placements[card.id];
          const mark = state.checked ? (placed === card.answer ? 'right' : 'wrong') : undefined;
          return (
            <li
              key={card.id}
              class="sort-card"
              data-card={card.id}
              data-result={mark}
              hidden={slide && position !== shown}
            >
              <p class="sort-card__text" id={`${exerciseId}-${card.id}`}>
                {card.text}
              </p>
              {slide || deck.categories.length <= MAX_BUTTONS ? (
                <div class="segmented segmented--small" role="radiogroup" aria-labelledby={`${exerciseId}-${card.id}`}>
                  {groups.map((group) => (
                    <div key={group} class="sort-group">
                      {group && (
                        <span class="sort-group__name" aria-hidden="true">
                          {group}
                        </span>
                      )}
                      {deck.categories
                        .filter((category) => (category.group ?? '') === group)
                        .map((category) => (
                          <label key={category.id} class="segmented__choice">
                            <input
                              type="radio"
                              name={`${exerciseId}-${card.id}`}
                              checked={placed === category.id}
                              onChange={() => update((latest) => placeCard(latest, card.id, category.id))}
                            />
                            {group && <span class="visually-hidden">{group} · </span>}
                            <span>{category.label}</span>
                          </label>
                        ))}
                    </div>
                  ))}
                </div>
              ) : (
                <label class="sort-card__select">
                  <span class="visually-hidden">把这张卡片放到</span>
                  <select
                    value={placed ?? ''}
                    aria-describedby={`${exerciseId}-${card.id}`}
                    onChange={(event) =>
                      update((latest) => placeCard(latest, card.id, event.currentTarget.value || null))
                    }
                  >
                    <option value="">— 放到哪里？—</option>
                    {groups.map((group) => {
                      const options = deck.categories
                        .filter((category) => (category.group ?? '') === group)
                        .map((category) => (
                          <option key={category.id} value={category.id}>
                            {category.label}
                          </option>
                        ));
                      return group ? (
                        <optgroup key={group} label={group}>
                          {options}
                        </optgroup>
                      ) : (
                        options
                      );
                    })}
                  </select>
                </label>
              )}
              {mark && (
                <p class="sort-card__why">
                  {mark === 'right' ? '✓ ' : `✗ 应放在「${labelOf(card.answer)}」。`}
                  {card.why}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      {slide && (
        <SlidePager
          unit="张"
          index={shown}
          onChange={setShown}
          items={order.map((index, position) => {
            const card = deck.cards[index]!;
            const placed = state.placements[card.id];
            return pagerItem(
              position,
              state.checked ? (placed === card.answer ? 'right' : 'wrong') : undefined,
              placed ? `已放到「${labelOf(placed)}」` : null,
            );
          })}
        />
      )}
      <div class="button-row">
        <button type="button" class="button button--primary" disabled={result.unplaced.length > 0} onClick={check}>
          {result.unplaced.length > 0 ? `还有 ${result.unplaced.length} 张没放` : '检查'}
        </button>
      </div>
      {state.checked && (
        <p class={result.wrong.length === 0 ? 'sorter-result sorter-result--all' : 'sorter-result'} role="status">
          {result.wrong.length === 0
            ? `全部正确！${deck.cards.length} 张都放对了。`
            : `放对 ${result.right.length} / ${deck.cards.length} 张。看看标 ✗ 的解释，改好后再检查一次。`}
        </p>
      )}
    </ExerciseFrame>
  );
}
