// The "Add article" dialog (a native modal <dialog>: focus stays inside, Esc closes): paste an article
// or drop/choose a .txt/.html file, preview the extraction (POST /api/articles with dryRun: nothing is
// written), then load it into the graph. Errors show inside the dialog with the server's message and
// hint; a 401 INGEST_TOKEN_REQUIRED reveals a token field, sent as a Bearer token on the next try.
import { api, ApiError } from '../../api/client';
import { byId, el } from '../dom';
import { InputProblem, readArticleFile, toRequest, type ArticleInput, type Format } from './input';
import { renderPreview, type ExistingName } from './preview';
import { looksLikeHtml, type IngestResponse } from '@dossier/model';

export interface AddArticleOptions {
  existingName: ExistingName;
  /** After a successful load: refresh the view; the dialog is closed already. */
  onLoaded(res: IngestResponse): Promise<void> | void;
}

type Action = 'preview' | 'load';
const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function setupAddArticle(options: AddArticleOptions): void {
  const dialog = byId<HTMLDialogElement>('add-article-dialog');
  const form = byId<HTMLFormElement>('add-article-form');
  const text = byId<HTMLTextAreaElement>('add-article-text');
  const file = byId<HTMLInputElement>('add-article-file');
  const format = byId<HTMLSelectElement>('add-article-format');
  const fileName = byId('add-article-file-name');
  const title = byId<HTMLInputElement>('add-article-title');
  const outlet = byId<HTMLInputElement>('add-article-outlet');
  const published = byId<HTMLInputElement>('add-article-published');
  const tokenRow = byId('add-article-token-row');
  const token = byId<HTMLInputElement>('add-article-token');
  const error = byId('add-article-error');
  const host = byId('add-article-preview-host');
  const status = byId('add-article-status');
  const previewButton = byId<HTMLButtonElement>('add-article-preview');
  const confirm = byId<HTMLButtonElement>('add-article-confirm');
  const opener = byId<HTMLButtonElement>('add-article-open');

  let previewed: { key: string; res: IngestResponse } | null = null;
  let busy: Action | null = null;
  let controller: AbortController | null = null;
  let lastAction: Action = 'preview';

  const input = (): ArticleInput => ({
    content: text.value,
    format: format.value as Format,
    title: title.value,
    outlet: outlet.value,
    published: published.value,
  });
  /** What a preview was made of: loading is offered only while the form still says the same. */
  const keyOf = (i: ArticleInput) => JSON.stringify(toRequest(i, false));

  const showError = (message: string, ...hints: (string | undefined)[]) => {
    error.replaceChildren(
      el('strong', {}, message),
      ...hints.filter((h): h is string => Boolean(h)).map((h) => el('div', { class: 'hint' }, h)),
    );
    error.hidden = false;
  };
  const clearError = () => {
    error.hidden = true;
    error.replaceChildren();
  };
  const setBusy = (action: Action | null) => {
    busy = action;
    form.setAttribute('aria-busy', String(action !== null));
    previewButton.disabled = action !== null;
    previewButton.textContent = action === 'preview' ? 'Extracting…' : 'Preview';
    confirm.textContent = action === 'load' ? 'Loading…' : 'Load into graph';
    syncConfirm();
  };
  const syncConfirm = () => {
    let current: string | null = null;
    try {
      current = keyOf(input());
    } catch {
      current = null;
    }
    const fresh = previewed !== null && previewed.key === current;
    confirm.disabled = busy !== null || !fresh;
    host.classList.toggle('stale', previewed !== null && !fresh);
    if (busy === null && previewed)
      status.textContent = fresh
        ? 'Nothing is written until you press “Load into graph”.'
        : 'The form changed since this preview: preview again to load it.';
  };

  const reset = () => {
    const kept = token.value; // the token stays for the next article, until the page is reloaded
    form.reset();
    token.value = kept;
    fileName.textContent = '';
    previewed = null;
    host.replaceChildren();
    host.classList.remove('stale');
    status.textContent = '';
    clearError();
    syncConfirm();
  };

  async function run(action: Action): Promise<void> {
    if (busy) return;
    lastAction = action;
    clearError();
    let body;
    try {
      body = toRequest(input(), action === 'preview');
    } catch (e) {
      if (!(e instanceof InputProblem)) throw e;
      showError(e.message, e.hint);
      byId(e.field).focus();
      return;
    }
    const key = keyOf(input());
    controller = new AbortController();
    setBusy(action);
    status.textContent =
      action === 'preview'
        ? 'Extracting entities, quotes and relations…'
        : 'Writing the article into the graph…';
    let loaded: IngestResponse | null = null;
    try {
      const res = await api.ingest(body, {
        token: token.value.trim() || undefined,
        signal: controller.signal,
      });
      if (action === 'load') loaded = res;
      else {
        previewed = { key, res };
        host.replaceChildren(renderPreview(res, options.existingName));
        host.classList.remove('stale');
        host.scrollIntoView({ block: 'start' });
      }
    } catch (e) {
      if (controller.signal.aborted) return;
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 401 || e.code === 'INGEST_TOKEN_REQUIRED') {
        tokenRow.hidden = false;
        showError(
          e.message,
          e.hint,
          'Type the token into the “Ingestion token” field and press Enter to try again (it is kept until the page is reloaded).',
        );
        token.select();
        token.focus();
      } else showError(e.message, e.hint);
      status.textContent = '';
    } finally {
      controller = null;
      setBusy(null);
    }
    if (loaded) {
      dialog.close();
      reset();
      await options.onLoaded(loaded);
    }
  }

  /** Closes the dialog, except while an article is being written (the view follows when it is done). */
  const tryClose = () => {
    if (busy === 'load') status.textContent = 'Writing the article… the dialog closes when it is done.';
    else dialog.close();
  };

  const open = () => {
    if (dialog.open) return;
    dialog.showModal();
    (text.value ? previewButton : text).focus();
    syncConfirm();
  };
  opener.addEventListener('click', open);

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    // Enter in the token field retries what asked for it; anywhere else (or the button) previews.
    void run(document.activeElement === token ? lastAction : 'preview');
  });
  confirm.addEventListener('click', () => void run('load'));
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void run('preview');
    }
  });
  // The format follows what is in the box: emptied, it is text again; HTML pasted into it is sent as HTML.
  text.addEventListener('input', () => {
    if (!text.value.trim()) {
      format.value = 'text';
      fileName.textContent = '';
    }
  });
  text.addEventListener('paste', (e) => {
    const pasted = e.clipboardData?.getData('text/plain') ?? '';
    if (!text.value.trim() && looksLikeHtml(pasted)) {
      format.value = 'html';
      fileName.textContent = 'pasted HTML · sent as HTML';
    }
  });
  form.addEventListener('input', syncConfirm);
  form.addEventListener('change', syncConfirm);
  for (const id of ['add-article-close', 'add-article-cancel']) byId(id).addEventListener('click', tryClose);
  // Esc (the cancel event) closes, with the same exception.
  dialog.addEventListener('cancel', (e) => {
    e.preventDefault();
    tryClose();
  });
  dialog.addEventListener('close', () => {
    // A preview is dropped; a write in flight is followed to its end (it cannot be taken back).
    if (busy !== 'load') controller?.abort();
    opener.focus();
  });

  // Tab and Shift+Tab cycle inside the dialog.
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (n) => n.offsetParent !== null || n === document.activeElement,
    );
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && (document.activeElement === first || !dialog.contains(document.activeElement))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  });

  const takeFile = async (f: File | undefined) => {
    if (!f) return;
    clearError();
    try {
      const read = await readArticleFile(f);
      text.value = read.content;
      format.value = read.format;
      fileName.textContent = `${f.name} · ${Math.max(1, Math.round(f.size / 1024))} KB · sent as ${read.format === 'html' ? 'HTML' : 'plain text'}`;
      syncConfirm();
      previewButton.focus();
    } catch (e) {
      if (!(e instanceof InputProblem)) throw e;
      showError(e.message, e.hint);
    }
  };
  file.addEventListener('change', () => {
    void takeFile(file.files?.[0]);
    file.value = '';
  });
  const drop = byId('add-article-drop');
  drop.addEventListener('dragover', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    drop.classList.add('dragging');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('dragging'));
  drop.addEventListener('drop', (e) => {
    drop.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (!f) return;
    e.preventDefault();
    void takeFile(f);
  });
  // A file dropped elsewhere in the dialog must not make the browser navigate to it.
  dialog.addEventListener('dragover', (e) => e.preventDefault());
  dialog.addEventListener('drop', (e) => e.preventDefault());
}
