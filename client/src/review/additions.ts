// What the reviewer adds: a name the extractor missed, taken from words selected in the article (or, selected
// over a proposed name cut at the wrong place, that name's right boundary), and a fact
// between two entities, stated by the selected words or by the first sentence that prints both (the server
// finds it). On real pages the extractor finds about half of what a reader lists, so the rest has to come
// from the person reading; both are sent as `add` of one review and accepted in it. Forms only describe
// and ask; review.ts sends.
import type { DraftAddedEntity, DraftAddedRelation, DraftView } from '../../../model/index.ts';
import { ENTITY_LABELS, RELATION_TYPE_NAMES, type EntityLabel, type RelationTypeName } from '../../../model/vocabulary.ts';
import { fill, h } from '../dom.ts';
import { relationName, t, typeName } from '../i18n/index.ts';

export interface Selected {
  start: number;
  end: number;
  text: string;
}

export interface AddActions {
  addEntity(entity: DraftAddedEntity): void;
  addFact(fact: DraftAddedRelation): void;
  /** a proposed name printed over the selection takes the selected words as its name, and is accepted */
  rename(id: string, name: string): void;
}

/** A proposed entity one of whose mentions overlaps the selection: the selection may be its right boundary. */
export interface Overlap {
  id: string;
  name: string;
}

/** The article's characters the selection covers (the article element's text is the article's text), trimmed; null when nothing is. */
export function selectedSpan(article: HTMLElement): Selected | null {
  const sel = getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
  const range = sel.getRangeAt(0);
  if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const start = before.toString().length + (raw.length - raw.trimStart().length);
  const text = raw.trim();
  return text ? { start, end: start + text.length, text } : null;
}

// the type last chosen: names missed in one article are often of one kind (a list of firms, of schools)
let lastType: EntityLabel | '' = '';

/**
 * The bar above the article: a hint while nothing is selected; with a selection, the name (editable: the
 * selection's form stays an alias), a type to choose and "Add as entity". `update` reads the selection again.
 */
export function addNameBar(act: AddActions, overlaps: (selected: Selected) => Overlap[]): { el: HTMLElement; update(selected: Selected | null): void } {
  const el = h('div.review-add', { 'aria-live': 'polite' });
  const update = (selected: Selected | null) => {
    if (!selected) return void fill(el, h('span.review-add-hint', {}, t('review.addHint')));
    const name = h('input#review-add-name', { value: selected.text, 'aria-label': t('review.name'), lang: 'zh', size: Math.min(40, 2 * selected.text.length + 2), maxlength: 100 }) as HTMLInputElement;
    // (one character selected, 区 or 路: the browser's own bubble says why nothing is sent, in the interface language)
    const checkName = () => name.setCustomValidity(name.value.trim().length < 2 ? t('review.nameTooShort') : '');
    name.addEventListener('input', checkName);
    checkName();
    const type = h('select#review-add-type', { 'aria-label': t('review.type'), required: true }) as HTMLSelectElement;
    type.append(h('option', { value: '', disabled: true, selected: !lastType }, t('review.chooseType')));
    for (const l of ENTITY_LABELS) type.append(h('option', { value: l, selected: l === lastType }, typeName(l)));
    const submit = h('button#review-add-entity.accept', { type: 'submit', disabled: !lastType }, t('review.addEntity')) as HTMLButtonElement;
    type.addEventListener('change', () => void (submit.disabled = !type.value));
    fill(
      el,
      h(
        'form.review-add-form',
        {
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            if (!type.value) return;
            lastType = type.value as EntityLabel;
            act.addEntity({ name: name.value.trim(), type: lastType, start: selected.start, end: selected.end });
          },
        },
        h('span.review-add-selected', {}, t('review.addSelected'), h('q', { lang: 'zh' }, selected.text)),
        h('label', {}, t('review.name'), name),
        h('label', {}, t('review.type'), type),
        submit,
        // a boundary error (山东区 proposed, 仲量联行山东区 printed): the words selected over it are its name
        ...overlaps(selected)
          .filter((o) => o.name !== selected.text)
          .slice(0, 2)
          .map((o) => h('button.review-rename', { type: 'button', 'data-item': o.id, onclick: () => act.rename(o.id, selected.text) }, t('review.renameTo', { name: o.name }))),
      ),
    );
  };
  update(null);
  return { el, update };
}

/** "+ Add a fact": source, relation, target among the draft's live entities and the existing ones its facts name. */
export function addFactForm(view: DraftView, selected: () => Selected | null, act: AddActions): HTMLElement {
  const box = h('div.review-add-fact');
  const closed = () => fill(box, h('button#review-add-fact-open', { type: 'button', onclick: open }, t('review.addFact')));
  function open() {
    const ends: Array<[string, string]> = view.entities.filter((e) => e.status !== 'rejected').map((e) => [e.id, t('review.typed', { name: e.name, type: typeName(e.type) })]);
    for (const [id, o] of Object.entries(view.others)) ends.push([id, t('review.typed', { name: o.name, type: typeName(o.type) })]);
    const pick = (cls: string, label: string, options: Array<[string, string]>, value?: string) => {
      const el = h(`select.${cls}` as 'select', { 'aria-label': label });
      for (const [v, text] of options) el.append(h('option', { value: v, selected: v === value }, text));
      return el;
    };
    const source = pick('add-source', t('review.source'), ends, ends[0]?.[0]);
    const type = pick('add-relation', t('review.relation'), RELATION_TYPE_NAMES.map((x) => [x, relationName(x)]));
    const target = pick('add-target', t('review.target'), ends, ends[1]?.[0]);
    fill(
      box,
      h(
        'form.review-edit.review-add-fact-form',
        {
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            const words = selected();
            act.addFact({ source: source.value, target: target.value, type: type.value as RelationTypeName, ...(words ? { start: words.start, end: words.end } : {}) });
          },
        },
        h('label', {}, t('review.source'), source),
        h('label', {}, t('review.relation'), type),
        h('label', {}, t('review.target'), target),
        h('p.review-add-hint', {}, t('review.addFactHint')),
        h('button#review-add-fact.accept', { type: 'submit' }, t('review.add')),
        h('button', { type: 'button', onclick: closed }, t('review.cancel')),
      ),
    );
  }
  closed();
  return box;
}
