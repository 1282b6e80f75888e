// Sigma programs compiled when first needed. Sigma compiles every registered program when it starts
// (in software WebGL each is a round trip to the GPU process before the first graph): the hover layer's
// disc program and the plain-line edge program, which the first view never draws, are wrapped so that
// they compile the first time they get something to draw (a hovered node; an edge typed `line`).
import type Sigma from 'sigma';
import type { NodeProgramType, EdgeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

interface Drawing {
  reallocate(capacity: number): void;
  process(...args: never[]): void;
  render(params: RenderParams): void;
  kill(): void;
}

type ProgramClass = new (
  gl: WebGLRenderingContext,
  pickingBuffer: WebGLFramebuffer | null,
  renderer: Sigma,
) => Drawing;

function lazy(Real: ProgramClass): ProgramClass {
  return class LazyProgram implements Drawing {
    drawLabel = undefined;
    drawHover = undefined;
    private real: Drawing | null = null;
    constructor(
      private readonly gl: WebGLRenderingContext,
      private readonly pickingBuffer: WebGLFramebuffer | null,
      private readonly renderer: Sigma,
    ) {}
    private program(): Drawing {
      return (this.real ??= new Real(this.gl, this.pickingBuffer, this.renderer));
    }
    reallocate(capacity: number): void {
      if (capacity > 0 || this.real) this.program().reallocate(capacity);
    }
    process(...args: never[]): void {
      this.program().process(...args);
    }
    render(params: RenderParams): void {
      this.real?.render(params);
    }
    kill(): void {
      this.real?.kill();
    }
  };
}

/** A node program compiled the first time it has a node to draw. */
export const lazyNodeProgram = (Real: NodeProgramType): NodeProgramType =>
  lazy(Real as unknown as ProgramClass) as unknown as NodeProgramType;

/** An edge program compiled the first time it has an edge to draw. */
export const lazyEdgeProgram = (Real: EdgeProgramType): EdgeProgramType =>
  lazy(Real as unknown as ProgramClass) as unknown as EdgeProgramType;
