// The server's error codes (model/errors.ts) worded in each interface language. The server's own
// `error` sentence is English; Chinese users get these, and English users get wording written for the
// explorer's users rather than for API callers. A code without a wording does not compile.
import type { ErrorCode } from '../../../model/errors.ts';
import type { UiLang } from './lang.ts';

type Details = Record<string, unknown> & { [i: number]: unknown };
type Wording = Record<ErrorCode, (d: Details) => string>;

const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));
const num = (v: unknown, lang: UiLang) => (typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US') : s(v));
const field = (d: Details) => {
  const first = (Array.isArray(d) ? d[0] : d) as { where?: string; field?: string } | undefined;
  return first ?? {};
};
const WHERE_ZH: Record<string, string> = { path: '路径', query: '查询参数', body: '请求体' };

const zh: Wording = {
  invalid_parameter: (d) => `${WHERE_ZH[s(field(d).where)] ?? ''}参数“${s(field(d).field)}”无效`,
  route_not_found: (d) => `没有这个接口：${s(d.method)} ${s(d.path)}`,
  body_not_json: () => '请求内容不是有效的 JSON',
  body_too_large: (d) => `请求内容过大${d.limit ? `（最多 ${num(d.limit, 'zh')} 字节）` : ''}`,
  charset_unsupported: () => '请求内容须为 UTF-8 编码的 JSON',
  encoding_unsupported: () => '不支持这种内容压缩方式；请不压缩，或用 gzip、deflate、br',
  body_incomplete: () => '请求内容不完整，请重试',
  body_not_decompressible: () => '请求内容无法解压',
  path_malformed: () => '地址中有无效的百分号编码',
  request_unreadable: () => '无法读取这个请求',
  request_timeout: () => '请求未能及时送达，请重试',
  host_not_allowed: (d) => `服务器不接受这个主机名（${s(d.host)}）；请用 ${s((d.allowed as string[] | undefined)?.[0])} 访问`,
  rate_limited: (d) => `${d.what === 'export' ? '导出' : '查询'}太频繁：每 ${s(d.windowS)} 秒最多 ${s(d.limit)} 次，请稍候再试`,
  entity_not_found: (d) => `找不到实体“${s(d.id)}”${d.role === 'from' ? '（起点）' : d.role === 'to' ? '（终点）' : ''}，它可能已被删除`,
  article_not_found: (d) => `找不到文章“${s(d.id)}”`,
  relationship_not_found: (d) => `找不到关系“${s(d.id)}”，它可能已被删除`,
  path_same_entity: () => '起点和终点是同一个实体，请选两个不同的实体',
  export_empty: () => '查询没有返回可导出的节点或关系',
  export_unknown_ids: () => '导出的选择中有已不存在的节点或关系，请刷新后重试',
  export_over_cap: (d) =>
    d.depth !== undefined ? `第 ${s(d.depth)} 层邻域超过导出上限（${num(d.cap, 'zh')} 个节点），请减小深度` : `超过导出上限（${num(d.cap, 'zh')} 个元素），请缩小范围（LIMIT、WHERE）`,
  cypher_syntax: (d) => `Cypher 语法错误${d.line ? `（第 ${s(d.line)} 行，第 ${s(d.column)} 列）` : ''}：${s(d.reason)}`,
  cypher_not_supported: (d) => `控制台只显示查询结果，不支持 ${s(d.command)}`,
  cypher_read_only: (d) => `控制台是只读的${d.command ? `：不允许 ${s(d.command)}` : '：不允许写入'}`,
  cypher_show_refused: () => '控制台只支持 SHOW INDEXES 和 SHOW CONSTRAINTS',
  cypher_load_csv_refused: () => '控制台不允许 LOAD CSV（它会读取文件和网址）',
  cypher_use_refused: () => '控制台不允许 USE：查询只在本图谱的数据库上运行',
  cypher_in_transactions_refused: () => '控制台不允许 CALL { … } IN TRANSACTIONS（它会自行提交）',
  cypher_procedure_refused: (d) => `控制台不允许调用过程 ${s(d.procedure)}；允许的有：${((d.allowed as string[] | undefined) ?? []).join('、')}`,
  cypher_operator_refused: (d) => `控制台不允许这一步骤：${s(d.operator)}（它描述或控制服务器）`,
  cypher_no_plan: () => '数据库无法为这个查询生成执行计划',
  cypher_other_database: (d) => `控制台只查询数据库“${s(d.target)}”，不能查询“${s(d.database)}”`,
  cypher_range_too_large: (d) => `range() 会生成 ${num(d.size, 'zh')} 个元素，控制台最多允许 ${num(d.rangeCap, 'zh')} 个`,
  cypher_ranges_too_large: (d) => `这些 range() 相乘达 ${num(d.product, 'zh')} 个元素，控制台最多允许 ${num(d.rangeProductCap, 'zh')} 个`,
  cypher_evaluation_failed: (d) => `数据库无法计算这个查询：${s(d.reason)}`,
  cypher_rejected: (d) => `数据库拒绝了这个查询：${s(d.reason)}`,
  query_timeout: (d) => `查询超时${d.timeoutMs ? `（${num(d.timeoutMs, 'zh')} 毫秒）` : ''}，已被取消；请缩小范围`,
  query_memory_limit: () => '查询所需内存超过单个查询的上限，已被停止；请缩小范围',
  memory_busy: () => '当前查询占满了数据库内存，请稍后再试',
  server_busy: () => '服务器繁忙，请稍后再试',
  database_unavailable: () => '图数据库暂时无法连接，请稍后再试',
  database_not_answering: () => '图数据库没有及时响应，请稍后再试',
  internal: () => '服务器内部错误（已记录）',
  article_unreadable: () => '文章为空、不是中文文本，或编码无法识别',
  article_too_large: () => '文章太长（最多 1 MB）',
  draft_not_found: (d) => `找不到草稿“${s(d.id)}”`,
  draft_conflict: () => '这篇文章已用另一版本的正文审阅过，无法再载入',
  review_invalid: () => '审阅内容无效：请检查所选条目',
  review_conflict: () => '这一条目已有决定，决定不可更改',
  extraction_busy: () => '正在抽取的文章太多，请稍后再试',
  extraction_timeout: (d) => `抽取超过 ${num(Number(d.timeoutMs) / 1000, 'zh')} 秒，已被停止；请把长文章分成几部分`,
  extraction_unavailable: () => '服务器的抽取线程无法启动，暂时不能审阅新文章（其他功能照常）；请管理员查看服务器日志',
  extraction_failed: () => '抽取这篇文章时出错；请再试一次，如仍失败请告知管理员',
  scene_not_found: () => '找不到这个场景，它可能已被删除',
  scene_too_large: (d) => `场景太大（${num(d.bytes, 'zh')} 字节，最多 ${num(d.limit, 'zh')} 字节），请先减少画布上的实体`,
  scene_entities_not_found: (d) => `场景中有 ${Array.isArray(d.unknown) ? d.unknown.length : ''} 个实体在图谱中不存在`,
};

const en: Wording = {
  invalid_parameter: (d) => `Invalid ${s(field(d).where) || 'request'} parameter “${s(field(d).field)}”`,
  route_not_found: (d) => `No such API route: ${s(d.method)} ${s(d.path)}`,
  body_not_json: () => 'The request body is not valid JSON',
  body_too_large: (d) => `The request is too large${d.limit ? ` (at most ${num(d.limit, 'en')} bytes)` : ''}`,
  charset_unsupported: () => 'Send the request as UTF-8 JSON',
  encoding_unsupported: () => 'Unsupported content encoding; send it uncompressed, or as gzip, deflate or br',
  body_incomplete: () => 'The request arrived incomplete; try again',
  body_not_decompressible: () => 'The request body could not be decompressed',
  path_malformed: () => 'The address holds malformed percent-encoding',
  request_unreadable: () => 'The request could not be read',
  request_timeout: () => 'The request did not arrive in time; try again',
  host_not_allowed: (d) => `The server does not answer to the host name ${s(d.host)}; open it as ${s((d.allowed as string[] | undefined)?.[0])}`,
  rate_limited: (d) => `Too many ${d.what === 'export' ? 'exports' : 'queries'}: at most ${s(d.limit)} per ${s(d.windowS)} s; wait a moment`,
  entity_not_found: (d) => `No entity “${s(d.id)}”${d.role === 'from' ? ' (start)' : d.role === 'to' ? ' (end)' : ''}; it may have been removed`,
  article_not_found: (d) => `No article “${s(d.id)}”`,
  relationship_not_found: (d) => `No fact “${s(d.id)}”; it may have been removed`,
  path_same_entity: () => 'Start and end are the same entity; pick two different ones',
  export_empty: () => 'The query returned no nodes or relationships to export',
  export_unknown_ids: () => 'The selection holds nodes or facts that no longer exist; reload and try again',
  export_over_cap: (d) =>
    d.depth !== undefined
      ? `The neighbourhood at depth ${s(d.depth)} is over the export cap (${num(d.cap, 'en')} nodes); choose a smaller depth`
      : `Over the export cap (${num(d.cap, 'en')} elements); narrow it (LIMIT, WHERE)`,
  cypher_syntax: (d) => `Cypher syntax error${d.line ? ` (line ${s(d.line)}, column ${s(d.column)})` : ''}: ${s(d.reason)}`,
  cypher_not_supported: (d) => `The console shows results only; ${s(d.command)} is not supported`,
  cypher_read_only: (d) => `The console is read-only${d.command ? `: ${s(d.command)} is not allowed` : ': writes are not allowed'}`,
  cypher_show_refused: () => 'The console answers SHOW INDEXES and SHOW CONSTRAINTS only',
  cypher_load_csv_refused: () => 'LOAD CSV is not allowed in the console (it reads files and URLs)',
  cypher_use_refused: () => "USE is not allowed: queries run against the explorer's database only",
  cypher_in_transactions_refused: () => 'CALL { … } IN TRANSACTIONS is not allowed (it commits on its own)',
  cypher_procedure_refused: (d) => `The procedure ${s(d.procedure)} is not allowed in the console; allowed: ${((d.allowed as string[] | undefined) ?? []).join(', ')}`,
  cypher_operator_refused: (d) => `Not allowed in the console: ${s(d.operator)} (it describes or controls the server)`,
  cypher_no_plan: () => 'The database could not plan this query',
  cypher_other_database: (d) => `The console queries the database “${s(d.target)}” only, not “${s(d.database)}”`,
  cypher_range_too_large: (d) => `range() would build ${num(d.size, 'en')} elements; the console allows at most ${num(d.rangeCap, 'en')}`,
  cypher_ranges_too_large: (d) => `These range() lists multiply to ${num(d.product, 'en')} elements; the console allows at most ${num(d.rangeProductCap, 'en')}`,
  cypher_evaluation_failed: (d) => `The database could not evaluate the query: ${s(d.reason)}`,
  cypher_rejected: (d) => `The database refused the query: ${s(d.reason)}`,
  query_timeout: (d) => `The query timed out${d.timeoutMs ? ` (${num(d.timeoutMs, 'en')} ms)` : ''} and was cancelled; narrow it`,
  query_memory_limit: () => 'The query needed more memory than one query may use and was stopped; narrow it',
  memory_busy: () => 'The running queries use all the memory allowed; try again shortly',
  server_busy: () => 'The server is busy; try again in a moment',
  database_unavailable: () => 'The graph database cannot be reached; try again shortly',
  database_not_answering: () => 'The graph database is not answering; try again shortly',
  internal: () => 'Internal server error (logged)',
  article_unreadable: () => 'The article is empty, not Chinese text, or in an encoding that does not decode',
  article_too_large: () => 'The article is too long (at most 1 MB)',
  draft_not_found: (d) => `No draft “${s(d.id)}”`,
  draft_conflict: () => 'This article was reviewed with another text; it cannot be loaded again',
  review_invalid: () => 'The review is not valid; check the items it names',
  review_conflict: () => 'A decision on this item was already made; decisions are final',
  extraction_busy: () => 'Too many articles are being extracted; try again shortly',
  extraction_timeout: (d) => `Extraction took longer than ${num(Number(d.timeoutMs) / 1000, 'en')} s and was stopped; split a long article into parts`,
  extraction_unavailable: () => "The server's extraction threads cannot start, so new articles cannot be reviewed for now (everything else works); ask the administrator to check the server log",
  extraction_failed: () => 'Extracting this article failed; try again, and tell the administrator if it fails again',
  scene_not_found: () => 'No such scene; it may have been deleted',
  scene_too_large: (d) => `The scene is too large (${num(d.bytes, 'en')} bytes, at most ${num(d.limit, 'en')}); take some entities off the canvas first`,
  scene_entities_not_found: (d) => `The scene names ${Array.isArray(d.unknown) ? d.unknown.length : ''} entities the graph does not hold`,
};

const WORDING: Record<UiLang, Wording> = { zh, en };

/** A server error in the interface language; an unknown code (a newer server) keeps the server's sentence. */
export function errorText(lang: UiLang, body: { code?: unknown; error?: unknown; details?: unknown }): string {
  const word = typeof body.code === 'string' ? WORDING[lang][body.code as ErrorCode] : undefined;
  if (word) return word((body.details ?? {}) as Details);
  return typeof body.error === 'string' ? body.error : '';
}
