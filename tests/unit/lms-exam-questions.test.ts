import { describe, expect, it } from 'vitest';
import { examQuestions, FIRST_RETRY_MS, MAX_RETRY_MS } from '../../src/features/lms/exam-questions';
import type { ExamPool } from '../../src/features/assessment/exam-pool';
import { single, truefalse } from './fixtures/questions';

const POOL: ExamPool = {
  modules: [{ id: 'm3', code: 'M3', title: '客户满意度管理', minutes: 180 }],
  questions: [single, truefalse],
};
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A loader over a scripted server: each fetch takes the next answer (a pool, null for a failure, or a throw). */
function scripted(answers: Array<ExamPool | null | Error>) {
  let clock = 0;
  let fetches = 0;
  let settled = 0;
  const questions = examQuestions(
    async () => {
      const answer = answers[fetches++];
      if (answer instanceof Error) throw answer;
      return answer ?? null;
    },
    () => settled++,
    () => clock,
  );
  return {
    questions,
    fetches: () => fetches,
    settled: () => settled,
    wait: (ms: number) => (clock += ms),
  };
}

describe('the launcher’s exam questions', () => {
  it('fetches once, when first wanted, and then has every question by id', async () => {
    const loader = scripted([POOL]);
    expect(loader.fetches()).toBe(0);
    expect(loader.questions.questions).toBeNull();
    loader.questions.want();
    loader.questions.want();
    expect(loader.fetches()).toBe(1);
    expect(loader.questions.failed).toBe(false);
    await settle();
    expect(loader.settled()).toBe(1);
    expect(loader.questions.questions?.get(single.id)).toEqual(single);
    expect(loader.questions.questions?.size).toBe(2);
    loader.questions.want();
    expect(loader.fetches()).toBe(1);
  });

  it('after a failure, tries again only when wanted and after waiting longer each time', async () => {
    const loader = scripted([null, new Error('offline'), null, POOL]);
    loader.questions.want();
    await settle();
    expect(loader.questions.failed).toBe(true);
    expect(loader.settled()).toBe(1);
    loader.questions.want();
    expect(loader.fetches()).toBe(1);
    loader.wait(FIRST_RETRY_MS);
    loader.questions.want();
    expect(loader.fetches()).toBe(2);
    expect(loader.questions.failed).toBe(false);
    await settle();
    expect(loader.questions.failed).toBe(true);
    // The second failure waits twice as long.
    loader.wait(FIRST_RETRY_MS);
    loader.questions.want();
    expect(loader.fetches()).toBe(2);
    loader.wait(FIRST_RETRY_MS);
    loader.questions.want();
    expect(loader.fetches()).toBe(3);
    await settle();
    loader.wait(4 * FIRST_RETRY_MS);
    loader.questions.want();
    await settle();
    expect(loader.fetches()).toBe(4);
    expect(loader.questions.failed).toBe(false);
    expect(loader.questions.questions?.size).toBe(2);
    expect(loader.settled()).toBe(4);
  });

  it('never waits longer than its limit between tries', async () => {
    const loader = scripted(Array(12).fill(null));
    for (let tries = 1; tries <= 10; tries++) {
      loader.questions.want();
      await settle();
      loader.wait(MAX_RETRY_MS);
    }
    expect(loader.fetches()).toBe(10);
    expect(loader.questions.failed).toBe(true);
  });
});
