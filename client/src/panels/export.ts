// Export of the current view: PNG (sigma's layers), GEXF and JSON (graphology), and a shareable link.
// The PNG and GEXF writers are loaded on the first click (GEXF brings an XML library the page does not
// otherwise need).
import type Sigma from 'sigma';
import type { ViewGraph } from '../graph/types';
import type { ViewRenderer } from '../render/renderer';
import { byId } from './dom';

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function setupExport(renderer: ViewRenderer, graph: ViewGraph): void {
  byId('export-png').addEventListener('click', async () => {
    const { downloadAsPNG } = await import('@sigma/export-image');
    // @sigma/export-image is typed for an untyped sigma; it only reads the canvases.
    await downloadAsPNG(renderer as unknown as Sigma, {
      fileName: 'dossier-view',
      backgroundColor: '#ffffff',
    });
  });
  byId('export-gexf').addEventListener('click', async () => {
    const { write } = await import('graphology-gexf');
    download('dossier-view.gexf', 'application/xml', write(graph));
  });
  byId('export-json').addEventListener('click', () =>
    download('dossier-view.json', 'application/json', JSON.stringify(graph.export(), null, 2)),
  );
  byId('copy-link').addEventListener(
    'click',
    () => void navigator.clipboard?.writeText(window.location.href),
  );
}
