// What the viewer's controllers share. The app (app.ts) owns one ViewState, the
// drawn graph and the sigma renderer; each controller (selection, panel, paths,
// filters, big graphs, downloads, layout, camera, files, search) handles one
// concern and reaches the others only through this interface, so each file can
// be read (and stubbed in a test) alone. Display stays derived: controllers
// change the state through `patch`/`applyState`, or the DisplayState the
// reducers read, and then ask sigma to refresh.
import type Sigma from 'sigma';
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from '../../../src/types.ts';
import type { ViewState } from '../core/state.ts';
import type { Visibility } from '../core/visibility.ts';
import type { DisplayState } from '../renderer.ts';
import type { EmphasisOverlay } from '../render/emphasis.ts';
import type { AppearanceController } from './appearance.ts';
import type { AskController } from './ask.ts';
import type { BigGraphController } from './big-graph.ts';
import type { EgoController } from './ego.ts';
import type { CameraController } from './camera.ts';
import type { DetailsController } from './details.ts';
import type { FilterController } from './filters.ts';
import type { PathController } from './paths.ts';
import type { SelectionController } from './selection.ts';
import type { TableController } from './tables.ts';

export type HistoryMode = 'push' | 'replace' | 'none';
export type Renderer = Sigma<NodeAttributes, EdgeAttributes>;

export interface ViewerContext {
  /** The graph sigma draws: the whole graph, or in big-graph mode the drawn part. */
  readonly graph: KnowledgeGraph | null;
  readonly renderer: Renderer | null;
  /** What is drawn above the graph for hover, selection and paths (null before the first drawing). */
  readonly emphasis: EmphasisOverlay | null;
  readonly state: ViewState;
  /** What the reducers read (hidden, focus, path); controllers update it, then refresh. */
  readonly display: DisplayState;
  readonly visibility: Visibility;
  /** How many entities the drawing's sizes are scaled for (graph/display.ts): those drawn when it was mounted. */
  readonly sizedFor: number;

  readonly appearance: AppearanceController;
  readonly ask: AskController;
  readonly big: BigGraphController;
  readonly camera: CameraController;
  readonly ego: EgoController;
  readonly details: DetailsController;
  readonly filters: FilterController;
  readonly paths: PathController;
  readonly selection: SelectionController;
  readonly tables: TableController;

  /** Change the state (copy, edit, apply). */
  patch(change: (s: ViewState) => void, history?: HistoryMode): void;
  /** The single entry point for view changes: diff against the current state, update display and URL. */
  applyState(next: ViewState, history: HistoryMode, force?: boolean): void;
  /** Note in the state (and the URL, replacing the entry) what needs no redraw: camera, layout, how much is drawn. */
  remember(change: (s: ViewState) => void): void;
  select(key: string | null, center?: boolean): void;
  status(message: string, error?: boolean): void;
  setReady(ready: boolean): void;
}
