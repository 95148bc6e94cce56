/** The schema of content/exercises/outbound-call.yaml. */
import { z } from 'astro/zod';
import { Instructions, Label, keyed, sentence } from '../shared/content-schema';
import {
  CLOSES,
  MAX_CHOICES,
  MAX_TURNS,
  PRACTICE_END,
  PRACTICE_START,
  SCRIPT_FIELDS,
  type PracticeTree,
} from './logic';

const NODE_ID = /^[a-z][a-z0-9-]*$/;

const PracticeOption = z.strictObject({
  line: z.string().min(2),
  good: z.boolean(),
  feedback: z.string().min(4),
  /** The node the call goes to after this line, or `end`. */
  next: z.string().min(1),
});

const PracticeNode = z.strictObject({
  customer: z.string().min(2),
  options: z.array(PracticeOption).min(1).max(MAX_CHOICES),
});

type Issues = { path: (string | number)[]; message: string }[];

/** Every `next` leads somewhere, every turn has a good line, and every node lies on a call from `start` that ends within MAX_TURNS. */
function practiceIssues(tree: PracticeTree): Issues {
  if (!Object.hasOwn(tree, PRACTICE_START))
    return [{ path: [], message: `要有名为 ${PRACTICE_START} 的节点：通话从这里开始` }];
  const issues: Issues = [];
  if (Object.hasOwn(tree, PRACTICE_END))
    issues.push({ path: [PRACTICE_END], message: `${PRACTICE_END} 表示通话结束，不能用作节点名` });
  for (const [id, node] of Object.entries(tree)) {
    if (!node.options.some((option) => option.good))
      issues.push({ path: [id, 'options'], message: `节点 ${id}：至少要有一句 good: true 的回答` });
    node.options.forEach((option, index) => {
      if (option.next !== PRACTICE_END && !Object.hasOwn(tree, option.next))
        issues.push({
          path: [id, 'options', index, 'next'],
          message: `节点 ${id}：没有名为「${option.next}」的节点（结束通话用 ${PRACTICE_END}）`,
        });
    });
  }
  if (issues.length) return issues;

  // Depth-first from the start: a line back to a node still on the way is a circle; the deepest end counts the turns.
  const turnsToEnd = new Map<string, number>();
  const onTheWay = new Set<string>();
  const visit = (id: string): number => {
    if (id === PRACTICE_END) return 0;
    const known = turnsToEnd.get(id);
    if (known !== undefined) return known;
    onTheWay.add(id);
    let turns = 0;
    tree[id]!.options.forEach((option, index) => {
      if (onTheWay.has(option.next))
        issues.push({ path: [id, 'options', index, 'next'], message: `节点 ${id}：回到了 ${option.next}，通话会绕圈` });
      else turns = Math.max(turns, 1 + visit(option.next));
    });
    onTheWay.delete(id);
    turnsToEnd.set(id, turns);
    return turns;
  };
  const longest = visit(PRACTICE_START);
  if (longest > MAX_TURNS) issues.push({ path: [], message: `最长的通话有 ${longest} 轮，最多 ${MAX_TURNS} 轮` });
  for (const id of Object.keys(tree))
    if (!turnsToEnd.has(id)) issues.push({ path: [id], message: `节点 ${id}：从 ${PRACTICE_START} 走不到这里` });
  return issues;
}

const Practice = z
  .record(z.string().regex(NODE_ID, '节点名只用小写英文字母、数字和连字符'), PracticeNode)
  .superRefine((tree, context) => {
    for (const issue of practiceIssues(tree)) context.addIssue({ code: 'custom', ...issue });
  });

export const schema = z.strictObject({
  instructions: Instructions,
  headings: z.strictObject({ script: Label, practice: Label }),
  /** Each step of the learner's script: the label above its box and the example shown in it while empty. */
  fields: keyed(SCRIPT_FIELDS, z.strictObject({ label: Label, example: z.string().min(4) })),
  closeTypeLabel: Label,
  closes: keyed(CLOSES, Label),
  issues: z.strictObject({
    /** `{field}` is the label of the empty step. */
    missing: sentence('field'),
    /** `{field}` is closeTypeLabel: the close method is chosen with buttons, not written. */
    unchosen: sentence('field'),
    longOpening: sentence(),
    noSimply: sentence(),
    vagueConfirm: sentence(),
  }),
  allGood: sentence(),
  yourTurn: Label,
  callEnded: sentence('total', 'good'),
  /** The call ended on a poor line (the customer hung up, nothing agreed). */
  callEndedBadly: sentence('total', 'good'),
  /** The button that finishes the exercise after a call that ended badly. */
  endAnyway: Label,
  practice: Practice,
});

export type Content = z.infer<typeof schema>;
/** What the island says: the content without the instructions, which the page renders itself. */
export type Texts = Omit<Content, 'instructions'>;
