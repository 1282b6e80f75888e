// Node labels that never overlap: sigma's label grid picks the candidates, then this placer draws
// them at the end of the frame, forced labels first and then the biggest nodes, skipping any label
// whose box would overlap one already drawn.
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

export const boxesOverlap = (a: LabelBox, b: LabelBox): boolean =>
  a.x < b.x + b.width + MARGIN &&
  b.x < a.x + a.width + MARGIN &&
  a.y < b.y + b.height + MARGIN &&
  b.y < a.y + a.height + MARGIN;

/** How one label is drawn (sigma's drawDiscNodeLabel in the view). */
export type DrawLabel = (context: CanvasRenderingContext2D, data: LabelData, settings: Settings) => void;

export class LabelPlacer {
  /**
   * `canvasWidth` (CSS pixels): a label that would run past the canvas's right edge is drawn on the left
   * of its node instead, when it fits there.
   */
  constructor(
    private readonly draw: DrawLabel,
    private readonly canvasWidth: () => number = () => Infinity,
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
    for (const { context, data, settings } of queue) {
      const size = settings.labelSize;
      context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
      const width = context.measureText(data.label!).width;
      // Sigma draws a label GAP pixels right of its node's disc; on the left it ends GAP pixels before it.
      const gap = data.size + 3;
      const flip = data.x + gap + width > right && data.x - gap - width >= 0;
      const box: LabelBox = {
        node: data.key ?? '',
        label: data.label!,
        x: flip ? data.x - gap - width : data.x + gap,
        y: data.y + size / 3 - size * 0.8,
        width,
        height: size,
      };
      if (placed.some((p) => boxesOverlap(p, box))) continue;
      placed.push(box);
      // The drawing function writes at its node's x + gap: given a node moved left, it writes at box.x.
      this.draw(context, flip ? { ...data, x: box.x - gap } : data, settings);
    }
    this.placed = placed;
  };
}
