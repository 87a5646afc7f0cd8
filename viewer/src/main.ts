// Entry point of the viewer page.
import './styles.css';
import { DEFAULT_OPTIONS, ViewerApp } from './app.ts';

const app = new ViewerApp({ ...DEFAULT_OPTIONS });
// Exposed for debugging and the browser tests (read-only use).
(window as unknown as { kgViewer: ViewerApp }).kgViewer = app;
void app.start();
