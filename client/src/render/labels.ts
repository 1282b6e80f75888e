// Node labels that never overlap and keep off other nodes' discs: sigma's label grid picks the
// candidates, then this placer draws them at the end of the frame, forced labels first and then the
// biggest nodes. Each label tries the right of its node (sigma's place), then the left, above and below;
// it takes the first place that overlaps no label already drawn and no other node's disc, and is skipped
// when there is none (a forced label, the hovered or selected node's, is drawn where no label is, even
// over a disc).
import type { Settings as SigmaSettings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../graph/types';
import type { NodeDisplayData, PartialButFor } from 'sigma/types';

type Settings = SigmaSettings<NodeAttributes, EdgeAttributes>;
type LabelData = PartialButFor<NodeDisplayData, 'x' | 'y' | 'size' | 'label' | 'color'> & { key?: string };

export interface LabelBox {
  node: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

const MARGIN = 2;

/** A node's disc on screen (CSS pixels, as sigma gives labels their node's position and size). */
export interface Disc {
  node: string;
  x: number;
  y: number;
  r: number;
}

/** Whether a label box covers part of a disc: the box's point nearest the disc's centre lies inside it. */
export const boxMeetsDisc = (b: LabelBox, c: Disc): boolean => {
  const nx = Math.max(b.x, Math.min(c.x, b.x + b.width));
  const ny = Math.max(b.y, Math.min(c.y, b.y + b.height));
  return Math.hypot(nx - c.x, ny - c.y) < c.r;
};

/** Discs bucketed on a grid, so that a label is tested against the few near it. */
class DiscGrid {
  private static readonly CELL = 64;
  private readonly cells = new Map<string, Disc[]>();
  private readonly largest: number;

  constructor(discs: Disc[]) {
    for (const d of discs) {
      const k = `${Math.floor(d.x / DiscGrid.CELL)},${Math.floor(d.y / DiscGrid.CELL)}`;
      const cell = this.cells.get(k);
      if (cell) cell.push(d);
      else this.cells.set(k, [d]);
    }
    this.largest = discs.reduce((m, d) => Math.max(m, d.r), 0);
  }

  /** Whether the box covers part of a disc other than its own node's. */
  meets(b: LabelBox): boolean {
    const C = DiscGrid.CELL;
    const [x0, x1] = [Math.floor((b.x - this.largest) / C), Math.floor((b.x + b.width + this.largest) / C)];
    const [y0, y1] = [Math.floor((b.y - this.largest) / C), Math.floor((b.y + b.height + this.largest) / C)];
    for (let i = x0; i <= x1; i++)
      for (let j = y0; j <= y1; j++)
        for (const d of this.cells.get(`${i},${j}`) ?? [])
          if (d.node !== b.node && boxMeetsDisc(b, d)) return true;
    return false;
  }
}

export const boxesOverlap = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width + MARGIN &&
  b.x < a.x + a.width + MARGIN &&
  a.y < b.y + b.height + MARGIN &&
  b.y < a.y + a.height + MARGIN;

/** How one label is drawn (sigma's drawDiscNodeLabel in the view). */
export type DrawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => void;

export class LabelPlacer {
  /**
   * `canvasWidth` (CSS pixels): a label is placed within the canvas's width when it can be. `discs`: the
   * discs of the nodes drawn in the frame, which labels keep off (none: labels avoid one another only).
   */
  constructor(
    private readonly draw: DrawLabel,
    private readonly canvasWidth: () => number = () => Infinity,
    private readonly discs: () => Disc[] = () => [],
  ) {}

  private queue: { context: CanvasRenderingContext2D; data: LabelData; settings: Settings }[] = [];
  /** The labels drawn in the last frame. */
  placed: LabelBox[] = [];

  /** sigma's `defaultDrawNodeLabel`: only queues the label. */
  readonly enqueue = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings): void => {
    if (data.label) this.queue.push({ context, data, settings });
  };

  /** Called after each frame: places and draws the queued labels. */
  readonly flush = (): void => {
    if (!this.queue.length) {
      // A frame that drew no label (the camera moving on a large scene) leaves none on screen.
      this.placed = [];
      return;
    }
    const queue = this.queue.sort(
      (a, b) => Number(!!b.data.forceLabel) - Number(!!a.data.forceLabel) || b.data.size - a.data.size,
    );
    this.queue = [];
    const placed: LabelBox[] = [];
    const right = this.canvasWidth();
    const discs = new DiscGrid(this.discs());
    for (const { context, data, settings } of queue) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label!).width;
      const places = placesAround(data, data.key ?? '', width, size).filter(
        (b, i) => i === 0 || (b.x >= 0 && b.x + b.width <= right),
      );
      // (Sigma's place first, unless it runs past the canvas's right edge and another place does not.)
      if (places.length > 1 && places[0]!.x + width > right) places.push(places.shift()!);
      const clear = (b: LabelBox) => !placed.some((p) => boxesOverlap(p, b));
      const box =
        places.find((b) => clear(b) && !discs.meets(b)) ?? (data.forceLabel ? places.find(clear) : undefined);
      if (!box) continue;
      placed.push(box);
      // The drawing function writes at its node's x + gap, on the baseline y + size / 3: given a node
      // moved to where that lands at the box, it writes there.
      const gap = data.size + 3;
      this.draw(context, { ...data, x: box.x - gap, y: box.y + size * 0.8 - size / 3 }, settings);
    }
    this.placed = placed;
  };
}

/**
 * Where a label may go, in order: right of its node (where sigma draws it), left of it, above and below
 * it (centred). `size` is the label's font size; a box's top is its baseline less 0.8 of it.
 */
function placesAround(data: LabelData, node: string, width: number, size: number): LabelBox[] {
  const gap = data.size + 3;
  const top = data.y + size / 3 - size * 0.8;
  const box = (x: number, y: number): LabelBox => ({ node, label: data.label!, x, y, width, height: size });
  return [
    box(data.x + gap, top),
    box(data.x - gap - width, top),
    box(data.x - width / 2, data.y - data.size - 2 - size),
    box(data.x - width / 2, data.y + data.size + 2),
  ];
}
