// The rows of the review view: one per proposed entity (matched or new, merge candidates, its first
// sentence, accept / reject / edit / merge), one per fact (its endpoints, type and sentence, accept /
// reject / edit) and one per figure (its entity, kind, amount as read, clause; accept / reject). Rows
// only describe and ask; review.ts sends the decisions.
import type { DraftEdit, DraftEntityItem, DraftEntityRef, DraftFigureItem, DraftRelationItem, DraftView } from '../../../model/index.ts';
import { ENTITY_LABELS, RELATION_TYPE_NAMES, type EntityLabel, type RelationTypeName } from '../../../model/vocabulary.ts';
import { h } from '../dom.ts';
import { TYPE_STYLES } from '../theme.ts';
import { kindName, relationName, t, typeName, type MessageId } from '../i18n/index.ts';
import { qualifiers, shownValue } from '../figures/text.ts';

export interface RowActions {
  accept(id: string): void;
  reject(id: string): void;
  /** accept with corrected fields */
  edit(id: string, edit: DraftEdit): void;
  /** entities: show its mentions in the article */
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
      ? h('span.review-match', { title: byText(e.match.by) }, `${t('review.existing')}：${e.match.name}`)
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
      {},
      h('span.review-name', { lang: 'zh' }, nameOf(r.source)),
      h('span.review-relation', { title: r.type }, ` —${relationName(r.type)}→ `),
      h('span.review-name', { lang: 'zh' }, nameOf(r.target)),
      statusBadge(r.status),
      r.amount ? h('span.review-amount', {}, r.amount) : null,
    ),
    ...[r.evidence[0] ? h('blockquote.review-quote', { lang: 'zh' }, r.evidence[0].quote) : null, decisionButtons(r.id, r.status, act, editor)].filter((x): x is HTMLElement => !!x),
  );
  return row;
}

export function figureRow(f: DraftFigureItem, view: DraftView, act: RowActions): HTMLElement {
  const e = view.entities.find((x) => x.id === f.entity);
  const row = h('li.review-item.figure', { 'data-item': f.id, class: `status-${f.status}` });
  const value = shownValue({ value: f.value, value_max: null, unit: f.unit, text: f.amount });
  row.append(
    h(
      'div.review-head',
      { onclick: () => e && act.pick(e.id) },
      e ? chip(e.type) : null,
      h('span.review-name', { lang: 'zh' }, e?.name ?? f.entity),
      h('span.review-kind', {}, kindName(f.kind)),
      h('span.review-figure-value', { title: f.amount, lang: 'zh' }, value),
      ...[f.year ? String(f.year) : '', ...qualifiers(f)].filter(Boolean).map((q) => h('span.review-qualifier', {}, q)),
      statusBadge(f.status),
    ),
    ...[
      f.unparsed ? h('p.review-unparsed', { lang: 'en' }, t('review.figureUnparsed', { reason: f.unparsed })) : null,
      h('blockquote.review-quote', { lang: 'zh' }, f.evidence.quote),
      decisionButtons(f.id, f.status, act),
    ].filter((x): x is HTMLElement => !!x),
  );
  return row;
}
