// The review view's words in both interface languages, kept together (the view was written before the
// shared dictionaries in ../i18n existed; they can move there). Chinese first; English complete.
// values from the vocabulary alone: model/index.ts would bring zod into the bundle (and its eval probe under the CSP)
import { LABEL_NAMES, RELATION_TYPES, type EntityLabel, type RelationTypeName } from '../../../model/vocabulary.ts';
import { uiLang } from '../i18n/lang.ts';

export type ReviewLang = 'zh' | 'en';

const STRINGS = {
  open: { zh: '审阅新文章', en: 'Review an article' },
  openTitle: { zh: '粘贴或上传一篇新闻稿，审阅抽取出的实体和关系', en: 'Paste or upload a news article and review the entities and facts proposed from it' },
  heading: { zh: '审阅新文章', en: 'Review a new article' },
  close: { zh: '关闭', en: 'Close' },
  title: { zh: '标题', en: 'Title' },
  titleHint: { zh: '不填则取正文第一行', en: 'the first line of the text when empty' },
  date: { zh: '发布日期', en: 'Published on' },
  text: { zh: '正文', en: 'Text' },
  textHint: { zh: '粘贴文章正文（UTF-8），或上传 .txt 文件（UTF-8 或 GBK），不超过 1 MB', en: 'Paste the article (UTF-8), or upload a .txt file (UTF-8 or GBK), at most 1 MB' },
  upload: { zh: '上传文件…', en: 'Upload a file…' },
  uploaded: { zh: '已选文件：', en: 'File: ' },
  extract: { zh: '抽取', en: 'Extract' },
  extracting: { zh: '正在抽取…', en: 'Extracting…' },
  drafts: { zh: '已有草稿', en: 'Drafts' },
  noDrafts: { zh: '还没有草稿', en: 'No drafts yet' },
  newDraft: { zh: '新文章', en: 'New article' },
  entities: { zh: '实体', en: 'Entities' },
  facts: { zh: '关系', en: 'Facts' },
  article: { zh: '原文', en: 'Article' },
  proposed: { zh: '待核对', en: 'proposed' },
  accepted: { zh: '已接受', en: 'accepted' },
  rejected: { zh: '已拒绝', en: 'rejected' },
  accept: { zh: '接受', en: 'Accept' },
  reject: { zh: '拒绝', en: 'Reject' },
  edit: { zh: '编辑', en: 'Edit' },
  save: { zh: '保存并接受', en: 'Save and accept' },
  cancel: { zh: '取消', en: 'Cancel' },
  mergeInto: { zh: '合并到', en: 'Merge into' },
  mergedInto: { zh: '已作为别名合并到', en: 'merged as an alias into' },
  existing: { zh: '已有实体', en: 'existing entity' },
  isNew: { zh: '新实体', en: 'new entity' },
  candidates: { zh: '可能相同：', en: 'May be the same as: ' },
  byPrefix: { zh: '去掉“济南/市中区”前缀后同名', en: 'the same name without a 济南/市中区 prefix' },
  byAlias: { zh: '别名相同', en: 'an alias in common' },
  byPinyin: { zh: '拼音相同', en: 'the same pinyin' },
  byName: { zh: '同名', en: 'the same name' },
  renamedFrom: { zh: '原提名：', en: 'proposed as ' },
  acceptAll: { zh: '全部接受', en: 'Accept all' },
  acceptAllTitle: { zh: '接受所有待核对的实体和关系', en: 'Accept every proposed entity and fact' },
  acceptMatched: { zh: '接受已有实体', en: 'Accept existing' },
  acceptMatchedTitle: { zh: '接受所有与已有实体同名的提及', en: 'Accept every mention of an existing entity' },
  showOnCanvas: { zh: '在图中查看', en: 'Show on the canvas' },
  showOnCanvasTitle: { zh: '把本文的实体放到画布上（待核对的以虚线显示）', en: "Put this article's entities on the canvas (proposed ones dashed)" },
  counts: { zh: '待核对 {p} · 已接受 {a} · 已拒绝 {r}', en: '{p} proposed · {a} accepted · {r} rejected' },
  alsoAccepted: { zh: '同时接受了端点：{names}', en: 'Also accepted its endpoints: {names}' },
  done: { zh: '已保存：接受 {a}，拒绝 {r}', en: 'Saved: {a} accepted, {r} rejected' },
  nothingLeft: { zh: '没有待核对的条目', en: 'Nothing left to review' },
  name: { zh: '名称', en: 'Name' },
  type: { zh: '类型', en: 'Type' },
  source: { zh: '起点', en: 'Source' },
  target: { zh: '终点', en: 'Target' },
  relation: { zh: '关系类型', en: 'Relation' },
  rule: { zh: '规则', en: 'rule' },
  noEntities: { zh: '没有抽取到实体', en: 'No entities were proposed' },
  noFacts: { zh: '没有抽取到关系', en: 'No facts were proposed' },
  fileTooLarge: { zh: '文件超过 1 MB，请拆分后再上传', en: 'The file is over 1 MB; split it and upload the parts' },
  needText: { zh: '请粘贴正文或上传文件', en: 'Paste the text or upload a file' },
  converted: { zh: '（已由繁体转换为简体）', en: ' (converted from traditional characters)' },
} as const satisfies Record<string, Record<ReviewLang, string>>;

export type StringKey = keyof typeof STRINGS;

// the interface language the page was opened in (?lang=en); switching it reloads the page
let lang: ReviewLang = uiLang;
export const setReviewLang = (l: ReviewLang) => void (lang = l);
export const reviewLang = () => lang;

/** The string in the current language, with {name} placeholders filled. */
export function t(key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}

export const typeName = (type: EntityLabel) => LABEL_NAMES[type][lang];
export const relationName = (type: RelationTypeName) => RELATION_TYPES[type][lang];
