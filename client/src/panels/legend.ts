// The legend: one row per node type with its filter box, its colour and its size, all changeable;
// changes are recorded for undo and kept in the URL.
import { NODE_TYPES, type NodeType } from '@dossier/model';
import { colorOf, SIZE_FACTORS, sizeFactorOf, type TypeStyles } from '../render/type-styles';
import { byId, el } from './dom';

export interface LegendHost {
  types(): ReadonlySet<NodeType>;
  styles(): TypeStyles;
  setTypeShown(type: NodeType, shown: boolean): void;
  setColor(type: NodeType, color: string): void;
  setSizeFactor(type: NodeType, factor: number): void;
}

export class Legend {
  private readonly rows = new Map<
    NodeType,
    { box: HTMLInputElement; color: HTMLInputElement; size: HTMLSelectElement }
  >();

  constructor(private readonly owner: LegendHost) {
    byId('type-filters').replaceChildren(...NODE_TYPES.map((type) => this.row(type)));
    this.render();
  }

  private row(type: NodeType): HTMLElement {
    const box = el('input', {
      type: 'checkbox',
      'data-testid': 'type-filter',
      'data-type': type,
      id: `type-${type}`,
    });
    box.addEventListener('change', () => this.owner.setTypeShown(type, box.checked));
    const color = el('input', {
      type: 'color',
      class: 'type-color',
      'data-testid': 'type-color',
      'data-type': type,
      'aria-label': `Colour of ${type}`,
    });
    color.addEventListener('input', () => this.owner.setColor(type, color.value));
    const size = el(
      'select',
      { class: 'type-size', 'data-testid': 'type-size', 'data-type': type, 'aria-label': `Size of ${type}` },
      ...SIZE_FACTORS.map((f) => el('option', { value: String(f) }, `${f}×`)),
    );
    size.addEventListener('change', () => this.owner.setSizeFactor(type, Number(size.value)));
    this.rows.set(type, { box, color, size });
    return el('div', { class: 'type-filter' }, box, color, el('label', { for: `type-${type}` }, type), size);
  }

  /** Follows the state (after an undo, a link): only values that differ are written. */
  render(): void {
    const types = this.owner.types();
    const styles = this.owner.styles();
    for (const [type, row] of this.rows) {
      if (row.box.checked !== types.has(type)) row.box.checked = types.has(type);
      const color = colorOf(styles, type);
      if (row.color.value !== color) row.color.value = color;
      const factor = String(sizeFactorOf(styles, type));
      if (row.size.value !== factor) row.size.value = factor;
    }
  }
}
