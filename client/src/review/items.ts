// The rows of the review view: one per proposed entity (matched or new, merge candidates, its first
// sentence, accept / reject / edit / merge), one per fact (its endpoints, type and sentence, accept /
// reject / edit) and one per figure (its entity, kind, amount as read, clause; accept / reject / edit). Rows
// only describe and ask; review.ts sends the decisions.
import type { DraftEdit, DraftEntityItem, DraftEntityRef, DraftFigureItem, DraftRelationItem, DraftView } from '../../../model/index.ts';
import {
  ENTITY_LABELS,
  FIGURE_BASIS_NAMES,
  FIGURE_KIND_NAMES,
  FIGURE_MEASURE_NAMES,
  FIGURE_PERIOD_NAMES,
  RELATION_TYPE_NAMES,
  REVIEWER_RULE,
  type EntityLabel,
  type FigureBasis,
  type FigureKind,
  type FigureMeasure,
  type FigurePeriod,
  type RelationTypeName,
} from '../../../model/vocabulary.ts';
import { h } from '../dom.ts';
import { TYPE_STYLES } from '../theme.ts';
import { basisName, kindName, measureName, periodName, relationName, t, typeName, type MessageId } from '../i18n/index.ts';
import { formatValue, qualifiers, shownValue } from '../figures/text.ts';
import { FIGURE_COLORS, figureGroup } from './article.ts';

export interface RowActions {
  accept(id: string): void;
  reject(id: string): void;
  /** accept with corrected fields (or only save them, the item staying proposed) */
  edit(id: string, edit: DraftEdit, options?: { accept: boolean }): void;
  /** outline the item (and its mentions in the article): the one the review's keys act on */
  pick(id: string): void;
}

const chip = (type: EntityLabel) => h('span.type-chip', { style: `--type-color: ${TYPE_STYLES[type]?.color ?? '#94a3b8'}` }, typeName(type));
const statusBadge = (status: string) => h('span.review-status', { class: `status-${status}` }, t(`review.${status}` as MessageId));
const byText = (by: DraftEntityRef['by']) => t(by === 'prefix' ? 'review.byPrefix' : by === 'alias' ? 'review.byAlias' : by === 'pinyin' ? 'review.byPinyin' : 'review.byName');

/** Accept, reject and (when it can be edited) edit, while the item is proposed. */
function decisionButtons(id: string, status: string, act: RowActions, editing?: () => void): HTMLElement | null {
  if (status !== 'proposed') return null;
  return h(
    'div.review-buttons',
    {},
    h('button.accept', { onclick: () => act.accept(id) }, t('review.accept')),
    h('button.reject', { onclick: () => act.reject(id) }, t('review.reject')),
    editing ? h('button.edit', { onclick: editing }, t('review.edit')) : null,
  );
}

function select<T extends string>(cls: string, label: string, options: Array<[T, string]>, value: T): HTMLSelectElement {
  const el = h(`select.${cls}` as 'select', { 'aria-label': label });
  for (const [v, text] of options) el.append(h('option', { value: v, selected: v === value }, text));
  return el;
}

export function entityRow(e: DraftEntityItem, view: DraftView, act: RowActions): HTMLElement {
  const row = h('li.review-item.entity', { 'data-item': e.id, class: `status-${e.status}` });
  const merged = e.mergedInto ? view.others[e.mergedInto] : undefined;
  const where = merged
    ? h('span.review-match', {}, `${t('review.mergedInto')} ${merged.name}`)
    : e.match
      ? h('span.review-match', { title: byText(e.match.by) }, t('review.existing', { name: e.match.name }))
      : h('span.review-new', {}, t('review.isNew'));
  const candidates =
    e.status === 'proposed' && e.candidates.length
      ? h(
          'div.review-candidates',
          {},
          t('review.candidates'),
          ...e.candidates.map((c) =>
            h('button.merge', { title: `${byText(c.by)} · ${typeName(c.type)}`, onclick: () => act.edit(e.id, { mergeInto: c.id }) }, `${t('review.mergeInto')} ${c.name}`),
          ),
        )
      : null;
  const quote = e.evidence[0] ? h('blockquote.review-quote', { lang: 'zh' }, e.evidence[0].quote) : null;
  const editor = () => {
    const name = h('input.edit-name', { value: e.name, 'aria-label': t('review.name') }) as HTMLInputElement;
    const type = select<EntityLabel>('edit-type', t('review.type'), ENTITY_LABELS.map((l) => [l, typeName(l)]), e.type);
    const form = h(
      'form.review-edit',
      {
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const edit: DraftEdit = {};
          if (name.value.trim() !== e.name) edit.name = name.value.trim();
          if (type.value !== e.type) edit.type = type.value as EntityLabel;
          act.edit(e.id, edit);
        },
      },
      h('label', {}, t('review.name'), name),
      h('label', {}, t('review.type'), type),
      h('button.accept', { type: 'submit' }, t('review.save')),
      h('button', { type: 'button', onclick: () => row.replaceWith(entityRow(e, view, act)) }, t('review.cancel')),
    );
    row.querySelector('.review-buttons')?.replaceWith(form);
    name.focus();
  };
  row.append(
    h(
      'div.review-head',
      { onclick: () => act.pick(e.id) },
      chip(e.type),
      h('span.review-name', { lang: 'zh' }, e.name),
      statusBadge(e.status),
      where,
      e.proposedName ? h('span.review-renamed', {}, `${t('review.renamedFrom')}${e.proposedName}`) : null,
      e.rules.includes(REVIEWER_RULE) ? h('span.review-renamed.review-by-reviewer', {}, t('review.addedByReviewer')) : null,
    ),
    ...[candidates, quote, decisionButtons(e.id, e.status, act, editor)].filter((x): x is HTMLElement => !!x),
  );
  return row;
}

export function factRow(r: DraftRelationItem, view: DraftView, act: RowActions): HTMLElement {
  const row = h('li.review-item.fact', { 'data-item': r.id, class: `status-${r.status}` });
  const entityOf = (ref: string) => view.entities.find((e) => e.id === ref);
  const nameOf = (ref: string) => entityOf(ref)?.name ?? view.others[ref]?.name ?? ref;
  const editor = () => {
    const ends: Array<[string, string]> = view.entities.filter((e) => e.status !== 'rejected').map((e) => [e.id, t('review.typed', { name: e.name, type: typeName(e.type) })]);
    for (const [id, o] of Object.entries(view.others)) ends.push([id, t('review.typed', { name: o.name, type: typeName(o.type) })]);
    const source = select('edit-source', t('review.source'), ends, r.source);
    const type = select<RelationTypeName>('edit-relation', t('review.relation'), RELATION_TYPE_NAMES.map((x) => [x, relationName(x)]), r.type);
    const target = select('edit-target', t('review.target'), ends, r.target);
    const form = h(
      'form.review-edit',
      {
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          const edit: DraftEdit = {};
          if (source.value !== r.source) edit.source = source.value;
          if (target.value !== r.target) edit.target = target.value;
          if (type.value !== r.type) edit.relation = type.value as RelationTypeName;
          act.edit(r.id, edit);
        },
      },
      h('label', {}, t('review.source'), source),
      h('label', {}, t('review.relation'), type),
      h('label', {}, t('review.target'), target),
      h('button.accept', { type: 'submit' }, t('review.save')),
      h('button', { type: 'button', onclick: () => row.replaceWith(factRow(r, view, act)) }, t('review.cancel')),
    );
    row.querySelector('.review-buttons')?.replaceWith(form);
  };
  row.append(
    h(
      'div.review-head',
      { onclick: () => act.pick(r.id) },
      h('span.review-name', { lang: 'zh' }, nameOf(r.source)),
      h('span.review-relation', { title: r.type }, ` —${relationName(r.type)}→ `),
      h('span.review-name', { lang: 'zh' }, nameOf(r.target)),
      statusBadge(r.status),
      r.amount ? h('span.review-amount', {}, r.amount) : null,
      r.rule === REVIEWER_RULE ? h('span.review-renamed.review-by-reviewer', {}, t('review.addedByReviewer')) : null,
    ),
    ...[r.evidence[0] ? h('blockquote.review-quote', { lang: 'zh' }, r.evidence[0].quote) : null, decisionButtons(r.id, r.status, act, editor)].filter((x): x is HTMLElement => !!x),
  );
  return row;
}

/** The figure's editor: the amount as its clause prints it (the server reads value and unit from it), what it measures, its entity. */
function figureEditor(f: DraftFigureItem, view: DraftView, act: RowActions, row: HTMLElement, again: () => HTMLElement): void {
  const amount = h('input.edit-amount', { value: f.amount, 'aria-label': t('review.amount'), lang: 'zh', size: 12 }) as HTMLInputElement;
  const kind = select<FigureKind>('edit-kind', t('review.kind'), FIGURE_KIND_NAMES.map((k) => [k, kindName(k)]), f.kind);
  const measure = select<FigureMeasure>('edit-measure', t('review.measure'), FIGURE_MEASURE_NAMES.map((m) => [m, measureName(m)]), f.measure);
  const basis = select<FigureBasis>('edit-basis', t('review.basis'), FIGURE_BASIS_NAMES.map((b) => [b, basisName(b)]), f.basis);
  const period = select<FigurePeriod>('edit-period', t('review.period'), FIGURE_PERIOD_NAMES.map((p) => [p, periodName(p)]), f.period);
  const year = h('input.edit-year', { type: 'number', min: 1900, max: 2100, value: f.year ?? '', 'aria-label': t('review.year') }) as HTMLInputElement;
  const owners: Array<[string, string]> = view.entities.filter((e) => e.status !== 'rejected').map((e) => [e.id, t('review.typed', { name: e.name, type: typeName(e.type) })]);
  const entity = select('edit-entity', t('review.figureEntity'), owners, f.entity);
  const edit = (): DraftEdit => {
    const out: DraftEdit = {};
    if (amount.value.trim() && amount.value.trim() !== f.amount) out.amount = amount.value.trim();
    if (kind.value !== f.kind) out.kind = kind.value as FigureKind;
    if (measure.value !== f.measure) out.measure = measure.value as FigureMeasure;
    if (basis.value !== f.basis) out.basis = basis.value as FigureBasis;
    if (period.value !== f.period) out.period = period.value as FigurePeriod;
    if (year.value && Number(year.value) !== f.year) out.year = Number(year.value);
    if (entity.value !== f.entity) out.entity = entity.value;
    return out;
  };
  const form = h(
    'form.review-edit',
    {
      onsubmit: (ev: Event) => {
        ev.preventDefault();
        act.edit(f.id, edit());
      },
    },
    h('label', { title: t('review.amountHint') }, t('review.amount'), amount),
    h('label', {}, t('review.kind'), kind),
    h('label', {}, t('review.measure'), measure),
    h('label', {}, t('review.basis'), basis),
    h('label', {}, t('review.period'), period),
    h('label', {}, t('review.year'), year),
    h('label', {}, t('review.figureEntity'), entity),
    h('button.accept', { type: 'submit' }, t('review.save')),
    // keep it proposed: the reviewer sees how the server reads the new amount before accepting
    h('button.save-only', { type: 'button', title: t('review.saveOnlyTitle'), onclick: () => act.edit(f.id, edit(), { accept: false }) }, t('review.saveOnly')),
    h('button', { type: 'button', onclick: () => row.replaceWith(again()) }, t('review.cancel')),
  );
  row.querySelector('.review-buttons')?.replaceWith(form);
  amount.focus();
}

export function figureRow(f: DraftFigureItem, view: DraftView, act: RowActions): HTMLElement {
  const e = view.entities.find((x) => x.id === f.entity);
  const row = h('li.review-item.figure', { 'data-item': f.id, class: `status-${f.status}` });
  const value = shownValue({ value: f.value, value_max: null, unit: f.unit, text: f.amount });
  // how the server read the amount, in both languages' counting (3亿元 → 3亿元 / 300 million yuan)
  const read = f.value !== null && f.unit !== null ? t('review.figureRead', { value: formatValue({ value: f.value, value_max: null, unit: f.unit, text: f.amount }) }) : f.amount;
  const was = f.proposed
    ? [f.proposed.entity !== f.entity ? view.entities.find((x) => x.id === f.proposed!.entity)?.name : '', f.proposed.kind !== f.kind ? kindName(f.proposed.kind) : '', f.proposed.amount !== f.amount ? f.proposed.amount : '']
        .filter(Boolean)
        .join(' · ')
    : '';
  const group = figureGroup(f.kind);
  row.append(
    h(
      'div.review-head',
      { onclick: () => act.pick(f.id) },
      e ? chip(e.type) : null,
      h('span.review-name', { lang: 'zh' }, e?.name ?? f.entity),
      h('span.review-kind', { style: `--type-color: ${FIGURE_COLORS[group]}`, class: `figure-${group}` }, kindName(f.kind)),
      h('span.review-figure-value', { title: `${f.amount} · ${read}`, lang: 'zh' }, value),
      ...[f.year ? String(f.year) : '', ...qualifiers(f)].filter(Boolean).map((q) => h('span.review-qualifier', {}, q)),
      statusBadge(f.status),
      was ? h('span.review-renamed', { lang: 'zh' }, `${t('review.renamedFrom')}${was}`) : null,
    ),
    ...[
      f.unparsed ? h('p.review-unparsed', { lang: 'en' }, t('review.figureUnparsed', { reason: f.unparsed })) : null,
      h('blockquote.review-quote', { lang: 'zh' }, f.evidence.quote),
      decisionButtons(f.id, f.status, act, () => figureEditor(f, view, act, row, () => figureRow(f, view, act))),
    ].filter((x): x is HTMLElement => !!x),
  );
  return row;
}
