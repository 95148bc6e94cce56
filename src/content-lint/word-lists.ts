/**
 * The content lint's word lists, kept in one place so authors and tests read the same ones.
 * Change a list here and the lint, its tests and the authors' guide (content/README.md) follow.
 */

/**
 * Give-away words: absolutes that mark an option as wrong without any knowledge of the course.
 * A wrong option may not contain one; `…` stands for any text in between (只要…就 matches
 * 「只要排班合理就能」). Right options are not checked: a key may need 「所有」 when it is true.
 */
export const GIVE_AWAY_WORDS = [
  '一定',
  '完全',
  '一律',
  '自动',
  '根本',
  '绝对',
  '所有',
  '全部',
  '永远',
  '总是',
  '从不',
  '必然',
  '肯定',
  '保证',
  '任何',
  '什么都',
  '只要…就',
  '就行',
] as const;

/**
 * Surnames the cast check looks for, after 小/老 (小吴, 老周) or before a title (周姐, 王经理).
 * Kept short on purpose: characters that also start common words are left out — 顾 (老顾客),
 * 范 (小范围), 高 (小高峰), 程 (小程序), 于 (小于), 钱 (小钱), 段 (小段), 方 (老方法), 毛 (小毛病),
 * 龙 (小龙虾), 金 (小金库), 石 (小石子), 江 (老江湖), 孔 (小孔), 任 (老任务), 白 (老白干).
 */
export const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶苏魏吕丁沈姚卢崔钟谭陆汪廖贾夏韦邹孟熊秦邱尹薛侯史陶黎贺郝龚邵严覃武戴莫汤',
];

/** What comes before a surname in a nickname: 小吴, 老周. */
export const NAME_PREFIXES = ['小', '老'] as const;

/** Titles that follow a surname: 周姐, 刘哥, 张总, 王经理, 周店长, 李主管, 王阿姨. */
export const NAME_TITLES = ['姐', '哥', '总', '经理', '店长', '主管', '阿姨'] as const;

/** Words that look like a name but are not one (小孙子 is a grandchild, not 小孙). */
export const NOT_NAMES = ['小孙子', '小孙女', '老孙子'] as const;
