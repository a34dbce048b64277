// The export menu: PNG, SVG and a printable PDF of the view (drawn in the browser), and JSON, CSV, GraphML, GEXF and
// Cypher of the selection, the view or the last query result (written by POST /api/export).
import { api, type ExportFormat } from '../api.ts';
import { h, toast } from '../dom.ts';
import { pdfOfImage } from '../view/pdf.ts';
import { t } from '../i18n/index.ts';

export type ExportScope = 'selection' | 'view' | 'query';

export interface ExportSources {
  selection(): { nodes: string[]; edges: string[] };
  view(): { nodes: string[]; edges: string[] };
  query(): { nodes: string[]; edges: string[] } | null;
  png(): Promise<Blob>;
  svg(): string;
}

const DATA_FORMATS: Array<[ExportFormat, string]> = [
  ['json', 'JSON'],
  ['csv', t('export.csv')],
  ['graphml', 'GraphML'],
  ['gexf', 'GEXF'],
  ['cypher', t('export.cypher')],
];

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function createExportMenu(button: HTMLButtonElement, menu: HTMLElement, src: ExportSources) {
  let scope: ExportScope = 'view';

  async function exportData(format: ExportFormat) {
    const ids = scope === 'selection' ? src.selection() : scope === 'view' ? src.view() : src.query();
    if (!ids || (!ids.nodes.length && !ids.edges.length))
      return toast(t(scope === 'selection' ? 'export.noSelection' : scope === 'query' ? 'export.noQuery' : 'export.emptyCanvas'), 'info');
    // the view's relationships are given explicitly, so hidden or filtered ones stay out of the file
    const selection = scope === 'selection' && !ids.edges.length ? { nodeIds: ids.nodes } : { nodeIds: ids.nodes, edgeIds: ids.edges };
    try {
      const { blob, filename } = await api.export(format, { selection });
      download(blob, filename);
      toast(t('export.done', { filename }), 'info');
    } catch {
      /* the toast shows the server's message */
    }
    close();
  }

  async function exportPdf() {
    try {
      const pdf = await pdfOfImage(await src.png(), `${t('app.title')} ${stamp()}`);
      download(pdf, `shizhong-graph-${stamp()}.pdf`);
    } catch (e) {
      toast(t('export.pdfFailed', { reason: (e as Error).message }), 'error');
    }
    close();
  }

  async function exportPng() {
    try {
      download(await src.png(), `shizhong-graph-${stamp()}.png`);
    } catch (e) {
      // a canvas too big to encode (the picture caps its side, view/picture.ts) says so rather than nothing
      toast(t('export.pngFailed', { reason: (e as Error).message }), 'error');
    }
    close();
  }

  function exportSvg() {
    try {
      download(new Blob([src.svg()], { type: 'image/svg+xml' }), `shizhong-graph-${stamp()}.svg`);
    } catch (e) {
      // a big view past the SVG's limit (view/picture-svg.ts) says so in the interface language
      toast((e as Error).message, 'error');
    }
    close();
  }

  function render() {
    menu.replaceChildren(
      h(
        'div.menu-group',
        {},
        h('h4', {}, t('export.images')),
        h('button', { 'data-format': 'png', onclick: () => void exportPng() }, 'PNG'),
        h('button', { 'data-format': 'svg', onclick: () => exportSvg() }, 'SVG'),
        h('button', { 'data-format': 'pdf', title: t('export.pdfTitle'), onclick: () => void exportPdf() }, 'PDF'),
      ),
      h(
        'div.menu-group',
        {},
        h('h4', {}, t('export.data')),
        h(
          'div.scope',
          { role: 'radiogroup' },
          ...(
            [
              ['selection', t('export.selection')],
              ['view', t('export.view')],
              ['query', t('export.query')],
            ] as Array<[ExportScope, string]>
          ).map(([s, label]) => h('button.seg', { 'data-scope': s, 'aria-pressed': String(scope === s), onclick: () => ((scope = s), render()) }, label)),
        ),
        ...DATA_FORMATS.map(([f, label]) => h('button', { 'data-format': f, onclick: () => void exportData(f) }, label)),
      ),
    );
  }

  function close() {
    menu.hidden = true;
    button.setAttribute('aria-expanded', 'false');
  }
  button.addEventListener('click', () => {
    if (!menu.hidden) return close();
    scope = src.selection().nodes.length ? 'selection' : 'view';
    render();
    menu.hidden = false;
    button.setAttribute('aria-expanded', 'true');
  });
  document.addEventListener('mousedown', (e) => {
    if (!menu.hidden && !menu.contains(e.target as Node) && e.target !== button) close();
  });
  return { close, setScope: (s: ExportScope) => ((scope = s), render()) };
}
