// Small DOM helpers: element creation, toasts for errors and notices, the request loading indicator.
import { t } from './i18n/index.ts';

type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** h('button.primary', {onclick}, '文本') — tag with optional .classes and #id, attributes, children. */
export function h<K extends keyof HTMLElementTagNameMap>(spec: K | `${K}${'.' | '#'}${string}`, attrs: Attrs = {}, ...children: Array<Node | string | null | undefined | false>): HTMLElementTagNameMap[K] {
  const tag = /^[a-z0-9]+/.exec(spec)![0];
  const id = /#([\w-]+)/.exec(spec)?.[1];
  const classes = [...spec.matchAll(/\.([\w-]+)/g)].map((m) => m[1]);
  const el = document.createElement(tag as K);
  if (id) el.id = id;
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'class') el.className += ` ${v}`;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(c);
  return el;
}

export const $ = <T extends HTMLElement = HTMLElement>(sel: string, root: ParentNode = document) => root.querySelector(sel) as T;

export function toast(message: string, kind: 'error' | 'info' = 'error', ms = kind === 'error' ? 8000 : 3000): void {
  const box = $('#toasts');
  const item = h('div.toast', { role: kind === 'error' ? 'alert' : 'status', class: kind }, message, h('button.close', { 'aria-label': t('common.close'), onclick: () => item.remove() }, '×'));
  box.append(item);
  setTimeout(() => item.remove(), ms);
}

let pending = 0;
/** Every request passes through here, so the indicator never lies. */
export async function withLoading<T>(work: Promise<T>): Promise<T> {
  pending++;
  document.body.classList.add('loading');
  try {
    return await work;
  } finally {
    if (--pending === 0) document.body.classList.remove('loading');
  }
}

/** replaceChildren that skips the nulls conditional sections produce. */
export function fill(root: Element, ...children: Array<Node | string | null | undefined | false>): void {
  root.replaceChildren(...(children.filter((c) => c !== null && c !== undefined && c !== false) as Array<Node | string>));
}
