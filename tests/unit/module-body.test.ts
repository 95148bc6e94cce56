import { describe, expect, it } from 'vitest';
import { embeddedExercises, exerciseMismatch } from '../../src/platform/module-body';

const FILE = 'content/modules/m3.mdx';

const BODY = `
## 峰终定律

<Exercise id="peak-end" />

## 四种顾客

<Exercise id='disc-quiz' />
`;

describe('embeddedExercises', () => {
  it('finds an id in double quotes', () => {
    expect(embeddedExercises('text <Exercise id="peak-end" /> text')).toEqual(['peak-end']);
  });

  it('finds an id in single quotes', () => {
    expect(embeddedExercises("<Exercise id='disc-quiz' />")).toEqual(['disc-quiz']);
  });

  it('finds several, in order of appearance', () => {
    expect(embeddedExercises(BODY)).toEqual(['peak-end', 'disc-quiz']);
    expect(embeddedExercises('<Exercise id="b" /><Exercise id="a" /><Exercise id="c"/>')).toEqual(['b', 'a', 'c']);
  });

  it('allows any whitespace between the tag name and id', () => {
    expect(embeddedExercises('<Exercise\n  id="multi-line"\n/>')).toEqual(['multi-line']);
  });

  it('finds none when there are none', () => {
    expect(embeddedExercises('')).toEqual([]);
    expect(embeddedExercises('# Heading\n\nJust text about an exercise.')).toEqual([]);
  });

  it('ignores other components whose names start with Exercise', () => {
    expect(embeddedExercises('<ExerciseList id="x" />')).toEqual([]);
  });
});

describe('exerciseMismatch', () => {
  it('returns no problems when declared and embedded agree', () => {
    expect(exerciseMismatch(FILE, ['peak-end', 'disc-quiz'], BODY)).toEqual([]);
  });

  it('does not care about declaration order', () => {
    expect(exerciseMismatch(FILE, ['disc-quiz', 'peak-end'], BODY)).toEqual([]);
  });

  it('returns no problems for a module without exercises', () => {
    expect(exerciseMismatch(FILE, [], 'Plain text.')).toEqual([]);
  });

  it('reports an exercise that is embedded but not declared', () => {
    expect(exerciseMismatch(FILE, ['peak-end'], BODY)).toEqual([
      'content/modules/m3.mdx: <Exercise id="disc-quiz" /> is embedded but missing from the frontmatter field "exercises"',
    ]);
  });

  it('reports an exercise that is declared but not embedded', () => {
    expect(exerciseMismatch(FILE, ['peak-end', 'disc-quiz', 'role-play'], BODY)).toEqual([
      'content/modules/m3.mdx: frontmatter field "exercises" lists "role-play" but the text never embeds <Exercise id="role-play" />',
    ]);
  });

  it('reports both kinds, undeclared embeds first', () => {
    const problems = exerciseMismatch(
      'content/modules/m5.mdx',
      ['a', 'b'],
      '<Exercise id="b" /> <Exercise id="c" /> <Exercise id="d" />',
    );
    expect(problems).toEqual([
      'content/modules/m5.mdx: <Exercise id="c" /> is embedded but missing from the frontmatter field "exercises"',
      'content/modules/m5.mdx: <Exercise id="d" /> is embedded but missing from the frontmatter field "exercises"',
      'content/modules/m5.mdx: frontmatter field "exercises" lists "a" but the text never embeds <Exercise id="a" />',
    ]);
  });

  it('names the file and the field in every message', () => {
    const problems = exerciseMismatch('content/modules/m2.mdx', ['x'], '<Exercise id="y" />');
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem).toMatch(/^content\/modules\/m2\.mdx: /);
      expect(problem).toContain('"exercises"');
    }
  });
});

describe('embeddedExercises with other attributes', () => {
  it('finds the id wherever it stands among the attributes', () => {
    expect(embeddedExercises('<Exercise client:load id="peak-end" />')).toEqual(['peak-end']);
    expect(embeddedExercises('<Exercise\n  title="x"\n  id=\'disc-quiz\'\n/>')).toEqual(['disc-quiz']);
  });
  it('requires matching quotes', () => {
    expect(embeddedExercises('<Exercise id="a\' />')).toEqual([]);
  });
  it('does not mistake data-id or another component for an exercise', () => {
    expect(embeddedExercises('<Exercise data-id="x" /> <ExerciseList id="y" />')).toEqual([]);
  });
});
