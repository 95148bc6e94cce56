import { describe, expect, it } from 'vitest';
import {
  clampSlide,
  cutSlides,
  fitScale,
  hashForSlide,
  paginate,
  slideFromHash,
  splitSlide,
  withSectionNotes,
  type Block,
} from '../../src/features/slides/slides';

const h2 = (text: string): Block => ({ kind: 'h2', text });
const h3 = (text: string): Block => ({ kind: 'h3', text });
const content: Block = { kind: 'content' };
const prose: Block = { kind: 'prose' };
const notes: Block = { kind: 'notes' };
const exercise: Block = { kind: 'exercise' };
const standalone = (text: string): Block => ({ kind: 'slide', text });

/** Slides as [title, shown indices, notes indices] for short assertions. */
const summary = (blocks: Block[], untitled?: string) =>
  cutSlides(blocks, untitled).map((slide) => [slide.title, slide.show, slide.notes]);

describe('cutSlides', () => {
  it('returns no slides for no blocks', () => {
    expect(cutSlides([])).toEqual([]);
  });

  it('starts a slide at every h2 and h3 and hides prose', () => {
    const blocks = [h2('导入'), prose, content, h3('细节'), content, prose, h2('研讨'), content];
    expect(summary(blocks)).toEqual([
      ['导入', [0, 2], []],
      ['细节', [3, 4], []],
      ['研讨', [6, 7], []],
    ]);
  });

  it('covers every block exactly once with contiguous ranges', () => {
    const blocks = [prose, h2('一'), content, notes, exercise, notes, content, h3('二'), prose, standalone('结束')];
    const slides = cutSlides(blocks, '开场');
    expect(slides[0]!.start).toBe(0);
    expect(slides.at(-1)!.end).toBe(blocks.length);
    slides.slice(1).forEach((slide, position) => expect(slide.start).toBe(slides[position]!.end));
  });

  it('gives notes to the slide they follow', () => {
    const blocks = [h2('一'), content, notes, content, h2('二'), notes];
    expect(summary(blocks)).toEqual([
      ['一', [0, 1, 3], [2]],
      ['二', [4], [5]],
    ]);
  });

  it('puts an exercise on its own slide titled by the heading before it, under its h2', () => {
    const blocks = [h2('峰终'), content, h3('用到营业厅'), content, exercise, notes, h2('下一节')];
    const slides = cutSlides(blocks);
    expect(slides.map((slide) => [slide.title, slide.show, slide.notes, slide.heading])).toEqual([
      ['峰终', [0, 1], [], null],
      // The note sits in 用到营业厅's section, so it shows from that section's first slide on.
      ['用到营业厅', [2, 3], [5], null],
      ['用到营业厅', [4], [5], '峰终'],
      ['下一节', [6], [], null],
    ]);
  });

  it('heads an exercise with its own h2, not an earlier one, and forgets the h2 after a standalone slide', () => {
    const blocks = [h2('一'), h2('二'), h3('二·甲'), exercise, standalone('小结'), h3('三·甲'), exercise];
    expect(
      cutSlides(blocks)
        .filter((slide) => slide.heading !== null)
        .map((slide) => slide.heading),
    ).toEqual(['二', '三·甲']);
  });

  it('titles an exercise slide with the exercise name when given, under the section heading', () => {
    const [slide] = cutSlides([h3('四种性格'), { kind: 'exercise', text: ' 练习：顾客性格类型 ' }]);
    // A heading with nothing under it is not a slide of its own: it heads the exercise.
    expect(slide).toMatchObject({ title: '练习：顾客性格类型', heading: '四种性格', show: [1], start: 0 });
    expect(cutSlides([{ kind: 'exercise', text: '练习：DISC' }])[0]).toMatchObject({
      title: '练习：DISC',
      heading: null,
    });
  });

  it('continues the section on a new slide when content follows an exercise', () => {
    const blocks = [h2('练习'), exercise, prose, content, notes, h2('下一节')];
    const slides = cutSlides(blocks);
    expect(slides.map((slide) => [slide.title, slide.show, slide.notes, slide.heading])).toEqual([
      ['练习', [1], [4], '练习'],
      ['练习', [3], [4], '练习'],
      ['下一节', [5], [], null],
    ]);
  });

  it('keeps prose and notes after an exercise on the exercise slide', () => {
    const blocks = [h2('练习'), exercise, notes, prose, h2('下一节')];
    expect(summary(blocks)).toEqual([
      ['练习', [1], [2]],
      ['下一节', [4], []],
    ]);
  });

  it('gives two exercises in a row a slide each', () => {
    expect(summary([h2('练习'), exercise, exercise])).toEqual([
      ['练习', [1], []],
      ['练习', [2], []],
    ]);
  });

  it('names content before any heading with the fallback title and shows it as a heading', () => {
    const slides = cutSlides([content, h2('一')], 'M3 客户满意度管理');
    expect(slides[0]).toMatchObject({ title: 'M3 客户满意度管理', show: [0], heading: 'M3 客户满意度管理' });
    expect(cutSlides([content])[0]!.heading).toBeNull();
  });

  it('drops leading prose and notes into the first slide that shows something', () => {
    const slides = cutSlides([prose, notes, h2('一'), content]);
    expect(slides).toHaveLength(1);
    expect(slides[0]).toMatchObject({ title: '一', start: 0, end: 4, show: [2, 3], notes: [1], heading: null });
  });

  it('makes standalone slides whole slides and keeps their notes', () => {
    const blocks = [standalone('M3 客户满意度管理'), notes, h2('导入'), content, standalone('本模块结束')];
    const slides = cutSlides(blocks);
    expect(slides.map((slide) => [slide.title, slide.show, slide.notes, slide.heading])).toEqual([
      ['M3 客户满意度管理', [0], [1], null],
      ['导入', [2, 3], [], null],
      ['本模块结束', [4], [], null],
    ]);
  });

  it('starts a new slide for content after a standalone slide', () => {
    expect(summary([standalone('封面'), content, h2('一')], '未命名')).toEqual([
      ['封面', [0], []],
      ['未命名', [1], []],
      ['一', [2], []],
    ]);
  });

  it('uses the fallback for headings without text and trims heading text', () => {
    expect(cutSlides([{ kind: 'h2' }, h3('  细节 '), content], '未命名')).toMatchObject([
      { title: '细节', heading: '未命名' },
    ]);
  });

  it('never makes a slide that is only a heading: a bare section shows its first paragraph', () => {
    const blocks = [h2('六个关键'), h3('关键一'), prose, prose, h3('关键二'), content, notes];
    expect(summary(blocks)).toEqual([
      ['关键一', [1, 2], []],
      ['关键二', [4, 5], [6]],
    ]);
    expect(cutSlides(blocks)[0]!.heading).toBe('六个关键');
  });

  it('joins several bare headings into the next slide, headed by the h2', () => {
    const slides = cutSlides([h2('一'), h2('二'), h3('二·甲'), h3('二·乙'), content]);
    expect(slides).toMatchObject([{ title: '二·乙', start: 0, show: [3, 4], heading: '二' }]);
  });

  it('shows notes with every slide of their section, wherever in the section they sit', () => {
    const blocks = [h2('流失'), content, content, notes, h2('挽回'), notes, content];
    const slides = cutSlides(blocks);
    const split = withSectionNotes(blocks, splitSlide(blocks, slides[0]!, [[0, 1], [2]]));
    expect(split.map((slide) => slide.notes)).toEqual([[3], [3]]);
    expect(slides[1]!.notes).toEqual([5]);
  });

  it('shows a note under a ## before its first ### on all its ### slides, and a ### note on its own', () => {
    const blocks = [h2('六步法'), notes, h3('解读'), content, h3('研判'), content, notes, h2('激励'), content];
    expect(summary(blocks)).toEqual([
      ['解读', [2, 3], [1]],
      ['研判', [4, 5], [1, 6]],
      ['激励', [7, 8], []],
    ]);
  });

  it('returns nothing when no block is shown', () => {
    expect(cutSlides([prose, notes, prose])).toEqual([]);
  });
});

describe('paginate', () => {
  it('keeps blocks that fit on one page', () => {
    expect(
      paginate(
        [
          { top: 0, bottom: 100 },
          { top: 110, bottom: 300 },
        ],
        300,
      ),
    ).toEqual([[0, 1]]);
  });

  it('starts a new page where the next block would not fit, measured from the page top', () => {
    const extents = [
      { top: 0, bottom: 200 },
      { top: 220, bottom: 500 },
      { top: 520, bottom: 700 },
      { top: 720, bottom: 800 },
    ];
    expect(paginate(extents, 500)).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('gives a block taller than a page a page of its own', () => {
    expect(
      paginate(
        [
          { top: 0, bottom: 50 },
          { top: 60, bottom: 900 },
          { top: 900, bottom: 950 },
        ],
        400,
      ),
    ).toEqual([[0], [1], [2]]);
  });

  it('returns no pages for no blocks and refuses a page without height', () => {
    expect(paginate([], 100)).toEqual([]);
    expect(() => paginate([{ top: 0, bottom: 1 }], 0)).toThrow(RangeError);
    expect(() => paginate([{ top: 0, bottom: 1 }], Number.NaN)).toThrow(RangeError);
  });
});

describe('splitSlide', () => {
  const blocks = [prose, h2('流失原因'), prose, content, notes, content, content, notes, h2('下一节')];
  const slide = cutSlides(blocks)[0]!;

  it('splits shown blocks into parts that each carry the notes of the whole section', () => {
    expect(slide.show).toEqual([1, 3, 5, 6]);
    const parts = splitSlide(blocks, slide, [
      [0, 1],
      [2, 3],
    ]);
    expect(parts.map((part) => [part.title, part.start, part.end, part.show, part.notes, part.heading])).toEqual([
      ['流失原因', 0, 5, [1, 3], [4, 7], null],
      ['流失原因（续）', 5, 8, [5, 6], [4, 7], '流失原因（续）'],
    ]);
  });

  it('makes three parts when asked', () => {
    expect(splitSlide(blocks, slide, [[0], [1, 2], [3]]).map((part) => part.show)).toEqual([[1], [3, 5], [6]]);
  });

  it('leaves the slide whole for one group or none', () => {
    expect(splitSlide(blocks, slide, [[0, 1, 2, 3]])).toEqual([slide]);
    expect(splitSlide(blocks, slide, [])).toEqual([slide]);
    expect(splitSlide(blocks, slide, [[0, 1, 2, 3], []])).toEqual([slide]);
  });

  it('keeps the heading of a slide that had none of its own', () => {
    const withLead = [content, content, h2('一')];
    const first = cutSlides(withLead, '开场')[0]!;
    expect(splitSlide(withLead, first, [[0], [1]]).map((part) => part.heading)).toEqual(['开场', '开场（续）']);
  });
});

describe('fitScale', () => {
  it('fits the stage by the tighter side', () => {
    expect(fitScale(1280, 720)).toBe(1);
    expect(fitScale(1920, 1080)).toBe(1.5);
    expect(fitScale(1280, 1024)).toBe(1);
    expect(fitScale(640, 720)).toBe(0.5);
  });

  it('falls back to 1 for a box without size', () => {
    expect(fitScale(0, 720)).toBe(1);
    expect(fitScale(Number.NaN, 720)).toBe(1);
  });
});

describe('slide numbers in the address', () => {
  it('round-trips a 1-based hash', () => {
    expect(hashForSlide(4)).toBe('#/5');
    expect(slideFromHash('#/5', 10)).toBe(4);
    expect(slideFromHash(hashForSlide(0), 1)).toBe(0);
  });

  it('rejects other hashes and slides outside the deck', () => {
    for (const hash of ['', '#', '#/', '#/0', '#/11', '#5', '#/5a', '#/-1', '#/1.5', '#main'])
      expect(slideFromHash(hash, 10), hash).toBeNull();
  });

  it('clamps wanted indices into the deck', () => {
    expect(clampSlide(-3, 10)).toBe(0);
    expect(clampSlide(12, 10)).toBe(9);
    expect(clampSlide(4, 10)).toBe(4);
    expect(clampSlide(Number.NaN, 10)).toBe(0);
    expect(clampSlide(3, 0)).toBe(0);
  });
});
