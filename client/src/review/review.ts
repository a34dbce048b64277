// The review view (issue 16): paste or upload an article with its title and date, then review what the
// extractor proposed — the article with every mention highlighted by type, the entities (matched or
// new, merge candidates), the facts with their sentences and the figures read about them — accepting,
// rejecting, editing or merging item by item or all at once. Every decision is one POST /api/drafts/:id/review; the view shows the
// server's answer, so it never claims more than was saved. mountReview is the only export the app uses.
import type { DraftAddedEntity, DraftAddedRelation, DraftEdit, DraftSummary, DraftView } from '../../../model/index.ts';
import { api, ApiError } from '../api.ts';
import { fill, h, toast } from '../dom.ts';
import { addFactForm, addNameBar, selectedSpan, type AddActions, type Selected } from './additions.ts';
import { figureLegend, renderArticle } from './article.ts';
import { installReviewKeys } from './keys.ts';
import { confirmDialog } from '../panels/dialog.ts';
import { entityRow, factRow, figureRow, type RowActions } from './items.ts';
import { t } from '../i18n/index.ts';
import './review.css';

export interface ReviewHooks {
  /** put these entity ids on the canvas (the article's entities; proposed ones are drawn dashed) */
  showOnCanvas(ids: string[]): void;
  /** the graph changed (items accepted or rejected): the canvas may reload what it shows */
  changed(): void;
}

export interface ReviewView {
  open(draftId?: string): Promise<void>;
  close(): void;
  readonly isOpen: boolean;
}

const MAX_BYTES = 1_000_000;

/** An uploaded file as base64, for the server to decode (UTF-8, GBK/GB18030 or Big5). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function mountReview(root: HTMLElement, hooks: ReviewHooks): ReviewView {
  root.classList.add('review');
  root.hidden = true;
  root.setAttribute('role', 'dialog');
  root.setAttribute('aria-label', t('review.heading'));
  let current: DraftView | null = null;
  let drafts: DraftSummary[] = [];
  const alert = h('div.review-alert', { role: 'alert', hidden: true });

  /** The error in the interface language, and the server's own sentence under it: it names the item or the limit. */
  function showError(err: unknown) {
    const message = err instanceof ApiError ? err.message : String((err as Error)?.message ?? err);
    const detail = err instanceof ApiError && typeof err.body.error === 'string' && err.body.error !== message ? err.body.error : null;
    fill(alert, message, detail ? h('small.review-alert-detail', { lang: 'en' }, detail) : null);
    alert.hidden = false;
  }
  const clearError = () => void (alert.hidden = true);

  // ---- the form: a new article -------------------------------------------------------------------------
  function form(): HTMLElement {
    const title = h('input#review-title', { placeholder: t('review.titleHint'), maxlength: 200 }) as HTMLInputElement;
    const date = h('input#review-date', { type: 'date' }) as HTMLInputElement;
    const text = h('textarea#review-text', { rows: 16, placeholder: t('review.textHint'), lang: 'zh' }) as HTMLTextAreaElement;
    const fileInput = h('input#review-file', { type: 'file', accept: '.txt,text/plain' }) as HTMLInputElement;
    const fileName = h('span.review-file-name');
    let file: File | null = null;
    fileInput.addEventListener('change', () => {
      file = fileInput.files?.[0] ?? null;
      fileName.textContent = file ? `${t('review.uploaded')}${file.name}` : '';
      if (file && file.size > MAX_BYTES) {
        showError(t('review.fileTooLarge'));
        file = null;
        fileInput.value = '';
        fileName.textContent = '';
      }
    });
    const submit = h('button#review-extract.primary', { type: 'submit' }, t('review.extract')) as HTMLButtonElement;
    return h(
      'form.review-form',
      {
        onsubmit: async (ev: Event) => {
          ev.preventDefault();
          clearError();
          if (!file && !text.value.trim()) return showError(t('review.needText'));
          submit.disabled = true;
          submit.textContent = t('review.extracting');
          try {
            const body = {
              ...(file ? { file: { name: file.name, base64: await base64Of(file) } } : { text: text.value }),
              ...(title.value.trim() ? { title: title.value.trim() } : {}),
              ...(date.value ? { date: date.value } : {}),
            };
            show(await api.createDraft(body));
            void refreshList();
            hooks.changed();
          } catch (err) {
            showError(err);
          } finally {
            submit.disabled = false;
            submit.textContent = t('review.extract');
          }
        },
      },
      h('label', {}, t('review.title'), title),
      h('label', {}, t('review.date'), date),
      h('label.review-text-label', {}, t('review.text'), text),
      h('div.review-upload', {}, h('label.button', {}, t('review.upload'), fileInput), fileName),
      submit,
    );
  }

  // ---- a draft: the article, its entities and facts ------------------------------------------------------
  type Decision = { accept?: string[]; reject?: string[]; edits?: Record<string, DraftEdit>; add?: { entities?: DraftAddedEntity[]; relations?: DraftAddedRelation[] } };
  async function decide(body: Decision, note?: string) {
    if (!current) return;
    clearError();
    try {
      const res = await api.reviewDraft(current.id, { accept: body.accept ?? [], reject: body.reject ?? [], ...(body.edits ? { edits: body.edits } : {}), ...(body.add ? { add: body.add } : {}) });
      const { accepted, rejected } = res.applied;
      // an edit saved without a decision ("Save only") says so, not "0 accepted, 0 rejected"
      const said = accepted.length || rejected.length ? t('review.done', { a: accepted.length, r: rejected.length }) : t('review.editSaved');
      toast([said, note].filter(Boolean).join(t('common.sentenceSeparator')), 'info');
      show(res);
      void refreshList();
      hooks.changed();
    } catch (err) {
      showError(err);
    }
  }

  /** Accepting a fact or a figure accepts the entities it needs (proposed, new, not merged) in the same review; an edit may name others. */
  function withEndpoints(ids: string[], edit: DraftEdit = {}): { accept: string[]; added: string[] } {
    const v = current!;
    const accept = new Set(ids);
    const added: string[] = [];
    for (const id of ids) {
      const r = v.relations.find((x) => x.id === id);
      const f = v.figures.find((x) => x.id === id);
      const ends = r ? [edit.source ?? r.source, edit.target ?? r.target] : f ? [edit.entity ?? f.entity] : [];
      for (const end of ends) {
        const e = v.entities.find((x) => x.id === end);
        if (e && e.status === 'proposed' && !e.match && !accept.has(e.id)) {
          accept.add(e.id);
          added.push(e.name);
        }
      }
    }
    return { accept: [...accept], added };
  }

  const actions: RowActions = {
    accept: (id) => {
      const { accept, added } = withEndpoints([id]);
      void decide({ accept }, added.length ? t('review.alsoAccepted', { names: added.join(t('common.listSeparator')) }) : undefined);
    },
    reject: (id) => void decide({ reject: [id] }),
    edit: (id, edit, { accept: accepting } = { accept: true }) => {
      if (!accepting) return void decide({ edits: { [id]: edit } });
      const { accept, added } = withEndpoints([id], edit);
      void decide({ accept, edits: { [id]: edit } }, added.length ? t('review.alsoAccepted', { names: added.join(t('common.listSeparator')) }) : undefined);
    },
    pick: (id) => pick(id),
  };

  // the picked item: its row outlined, its mentions in the article too; kept when the view is drawn again
  let picked: string | null = null;
  function pick(id: string, scroll: ScrollBehavior = 'smooth') {
    picked = id;
    for (const el of root.querySelectorAll('mark.mention.picked, li.review-item.picked')) el.classList.remove('picked');
    const row = root.querySelector<HTMLElement>(`li.review-item[data-item="${CSS.escape(id)}"]`);
    row?.classList.add('picked');
    row?.scrollIntoView({ block: 'nearest', behavior: scroll });
    const marks = [...root.querySelectorAll<HTMLElement>(`mark.mention[data-item="${CSS.escape(id)}"]`)];
    for (const m of marks) m.classList.add('picked');
    marks[0]?.scrollIntoView({ block: 'nearest', behavior: scroll });
  }
  installReviewKeys(root, { isOpen: () => !root.hidden && !!current, picked: () => picked, pick, accept: actions.accept, reject: actions.reject });

  // the words last selected in the article (a click on a form's select would clear the live selection)
  let selected: Selected | null = null;
  const additions: AddActions = {
    addEntity: (entity) => void decide({ add: { entities: [entity] } }, t('review.added', { name: entity.name })),
    rename: (id, name) => actions.edit(id, { name }),
    addFact: (fact) => {
      // a proposed new endpoint is accepted with the fact, as when accepting a proposed fact
      const v = current!;
      const ends = [fact.source, fact.target].map((id) => v.entities.find((e) => e.id === id)).filter((e) => e && e.status === 'proposed' && !e.match);
      void decide(
        { accept: ends.map((e) => e!.id), add: { relations: [fact] } },
        ends.length ? t('review.alsoAccepted', { names: ends.map((e) => e!.name).join(t('common.listSeparator')) }) : undefined,
      );
    },
  };

  function draftPane(v: DraftView): HTMLElement {
    const proposedEntities = v.entities.filter((e) => e.status === 'proposed');
    const proposedFacts = v.relations.filter((r) => r.status === 'proposed');
    const proposedFigures = v.figures.filter((f) => f.status === 'proposed');
    const matched = proposedEntities.filter((e) => e.match);
    const counts = (c: DraftView['counts']['entities']) => t('review.counts', { p: c.proposed, a: c.accepted, r: c.rejected });
    const canvasIds = v.entities.map((e) => e.node).filter((x): x is string => !!x);
    const bar = h(
      'div.review-bar',
      {},
      h('h3.review-title', { lang: 'zh' }, v.title ?? v.id, v.date ? h('span.review-date', {}, ` · ${v.date}`) : v.year ? h('span.review-date', {}, ` · ${v.year}`) : null),
      h('small.review-keys', {}, t('review.keys')),
      h(
        'div.review-bulk',
        {},
        h(
          'button#review-accept-all.primary',
          {
            title: t('review.acceptAllWithFigures'),
            disabled: !proposedEntities.length && !proposedFacts.length && !proposedFigures.length,
            onclick: () => void decide({ accept: [...proposedEntities, ...proposedFacts, ...proposedFigures].map((i) => i.id) }),
          },
          t('review.acceptAll'),
        ),
        h(
          'button#review-reject-rest',
          {
            title: t('review.rejectRestTitle'),
            disabled: !proposedEntities.length && !proposedFacts.length && !proposedFigures.length,
            onclick: async () => {
              const ids = [...proposedEntities, ...proposedFacts, ...proposedFigures].map((i) => i.id);
              // a rejection is final for this article: ask first, saying how many
              if (await confirmDialog(t('review.rejectRestConfirm', { n: ids.length }), { ok: t('review.rejectRest'), danger: true })) void decide({ reject: ids });
            },
          },
          t('review.rejectRest'),
        ),
        h('button#review-accept-matched', { title: t('review.acceptMatchedTitle'), disabled: !matched.length, onclick: () => void decide({ accept: matched.map((e) => e.id) }) }, t('review.acceptMatched')),
        h('button#review-show', { title: t('review.showOnCanvasTitle'), disabled: !canvasIds.length, onclick: () => hooks.showOnCanvas(canvasIds) }, t('review.showOnCanvas')),
      ),
    );
    selected = null;
    const text = renderArticle(v.text, v.entities, v.figures, pick);
    const nameBar = addNameBar(additions, (sel) =>
      v.entities.filter((e) => e.status === 'proposed' && e.mentions.some((m) => m.start < sel.end && sel.start < m.end)).map((e) => ({ id: e.id, name: e.name })),
    );
    const reread = () => {
      selected = selectedSpan(text);
      nameBar.update(selected);
    };
    text.addEventListener('mouseup', reread);
    return h(
      'div.review-draft',
      { 'data-draft': v.id },
      bar,
      h(
        'div.review-columns',
        {},
        h(
          'section.review-article',
          { 'aria-label': t('review.article') },
          h('h4', {}, t('review.article'), v.convertedFromTraditional ? t('review.converted') : ''),
          figureLegend(v.figures),
          nameBar.el,
          text,
        ),
        h(
          'section.review-entities',
          { 'aria-label': t('review.entities') },
          h('h4', {}, `${t('review.entities')} (${v.entities.length})`, h('small', {}, counts(v.counts.entities))),
          v.entities.length ? h('ul', {}, ...v.entities.map((e) => entityRow(e, v, actions))) : h('p.empty', {}, t('review.noEntities')),
        ),
        h(
          'div.review-side',
          {},
          h(
            'section.review-facts',
            { 'aria-label': t('review.facts') },
            h('h4', {}, `${t('review.facts')} (${v.relations.length})`, h('small', {}, counts(v.counts.relations))),
            addFactForm(v, () => selected, additions),
            v.relations.length ? h('ul', {}, ...v.relations.map((r) => factRow(r, v, actions))) : h('p.empty', {}, t('review.noFacts')),
          ),
          h(
            'section.review-figures',
            { 'aria-label': t('review.figures') },
            h('h4', {}, `${t('review.figures')} (${v.figures.length})`, h('small', {}, counts(v.counts.figures))),
            v.figures.length ? h('ul', {}, ...v.figures.map((f) => figureRow(f, v, actions))) : h('p.empty', {}, t('review.noFigures')),
          ),
        ),
      ),
    );
  }

  // ---- the frame ----------------------------------------------------------------------------------------------
  const list = h('select#review-drafts', { 'aria-label': t('review.drafts') }) as HTMLSelectElement;
  list.addEventListener('change', () => void (list.value ? open(list.value) : open()));
  const content = h('div.review-content');
  function renderList() {
    fill(
      list,
      h('option', { value: '', selected: !current }, `＋ ${t('review.newDraft')}`),
      ...drafts.map((d) => h('option', { value: d.id, selected: current?.id === d.id }, `${d.title ?? d.id} — ${t('review.counts', { p: d.entities.proposed + d.relations.proposed + d.figures.proposed, a: d.entities.accepted + d.relations.accepted + d.figures.accepted, r: d.entities.rejected + d.relations.rejected + d.figures.rejected })}`)),
    );
  }
  async function refreshList() {
    try {
      drafts = (await api.drafts()).drafts;
    } catch {
      drafts = [];
    }
    renderList();
  }
  function frame() {
    fill(
      root,
      h('header.review-header', {}, h('h2', {}, t('review.heading')), list, h('button.review-close', { 'aria-label': t('review.close'), title: t('review.close'), onclick: () => view.close() }, '×')),
      alert,
      content,
    );
  }
  function show(v: DraftView | null) {
    if (v?.id !== current?.id) picked = null;
    current = v;
    fill(content, v ? draftPane(v) : form());
    if (picked) pick(picked, 'instant');
    renderList();
    const url = new URL(location.href);
    url.hash = v ? `review=${v.id}` : 'review';
    history.replaceState(history.state, '', url);
  }

  async function open(draftId?: string) {
    root.hidden = false;
    clearError();
    if (!root.firstChild) frame();
    void refreshList();
    if (!draftId) return show(null);
    try {
      show(await api.draft(draftId));
    } catch (err) {
      show(null);
      showError(err);
    }
  }

  const view: ReviewView = {
    open,
    close() {
      root.hidden = true;
      const url = new URL(location.href);
      url.hash = '';
      history.replaceState(history.state, '', url.href.replace(/#$/, ''));
    },
    get isOpen() {
      return !root.hidden;
    },
  };
  return view;
}
