/** Answers quiz questions in the browser the way a learner would, rightly or wrongly, using the bank files as the key. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { expect, type Locator } from '@playwright/test';
import { QuizBankSchema, type Question, type ScenarioPartQuestion } from '../../src/schemas/quiz';

export function bank(moduleId: string): Question[] {
  const text = readFileSync(resolve(import.meta.dirname, `../../content/quizzes/${moduleId}.yaml`), 'utf8');
  return QuizBankSchema.parse(parse(text)).questions;
}

export function checkQuestionsOf(moduleId: string): Question[] {
  return bank(moduleId).filter((question) => question.use.includes('check'));
}

/** Gives the right answer (or a wrong one) to the question shown in `card` (its fieldset). */
export async function answer(card: Locator, question: Question | ScenarioPartQuestion, right: boolean): Promise<void> {
  const option = (text: string) => card.locator(':scope > .question__options .choice', { hasText: text }).first();
  switch (question.type) {
    case 'single': {
      const pick = question.options.find((item) => item.correct === right)!;
      await option(pick.text).click();
      return;
    }
    case 'multiple': {
      const picks = right
        ? question.options.filter((item) => item.correct)
        : [question.options.find((item) => !item.correct)!];
      for (const pick of picks) await option(pick.text).click();
      return;
    }
    case 'truefalse':
      await option(question.answer === right ? '对' : '错').click();
      return;
    case 'ordering': {
      if (!right) return; // the shown order is always scrambled
      for (let target = 0; target < question.items.length; target += 1) {
        const rows = card.locator(':scope > .ordering > li');
        const texts = await rows.locator('.ordering__text').allInnerTexts();
        for (let position = texts.indexOf(question.items[target]!); position > target; position -= 1) {
          await card.getByRole('button', { name: `上移「${question.items[target]}」` }).click();
          // The island redraws a moment after saving: read the order again only once this move shows.
          await expect(rows.nth(position - 1).locator('.ordering__text')).toHaveText(question.items[target]!);
        }
      }
      return;
    }
    case 'matching': {
      const selects = card.locator(':scope > .matching select');
      for (let index = 0; index < question.pairs.length; index += 1) {
        const partner = right
          ? question.pairs[index]!.right
          : question.pairs[(index + 1) % question.pairs.length]!.right;
        await selects.nth(index).selectOption({ label: partner });
      }
      return;
    }
    case 'scenario':
      for (const part of question.questions)
        await answer(card.locator(`fieldset[data-question="${part.id}"]`), part, right);
      return;
  }
}

/** Answers and checks every question of a module's knowledge check; `rightCount` of them correctly. */
export async function doKnowledgeCheck(exercise: Locator, moduleId: string, rightCount: number): Promise<void> {
  const questions = checkQuestionsOf(moduleId);
  const cards = exercise.locator('ol.questions > li');
  await expect(cards).toHaveCount(questions.length);
  for (let index = 0; index < questions.length; index += 1) {
    const card = cards.nth(index).locator(':scope > fieldset');
    const id = await card.getAttribute('data-question');
    const question = questions.find((item) => item.id === id)!;
    await answer(card, question, index < rightCount);
    await cards
      .nth(index)
      .getByRole('button', { name: `核对第 ${index + 1} 题` })
      .click();
    await expect(card.locator(':scope > .feedback')).toBeVisible();
  }
}

/** Every question in every bank, by id (the final exam draws from all of them). */
export function allQuestions(): Map<string, Question> {
  const modules = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
  return new Map(modules.flatMap(bank).map((question) => [question.id, question]));
}

/** Answers the first `count` questions of a list of question cards (`ol.questions > li`), rightly or wrongly. */
export async function answerCards(cards: Locator, count: number, right: boolean): Promise<void> {
  const questions = allQuestions();
  for (let index = 0; index < count; index += 1) {
    const card = cards.nth(index).locator(':scope > fieldset');
    const question = questions.get((await card.getAttribute('data-question'))!)!;
    await answer(card, question, right);
  }
}
