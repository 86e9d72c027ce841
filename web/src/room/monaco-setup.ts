/**
 * Loads Monaco with only what the room needs: the editor, JavaScript (with its language
 * service worker for diagnostics) and Python. Workers are bundled by Vite and served by us.
 */
import * as monaco from 'monaco-editor/editor';
// Monaco's own right-click menu (with Cut/Copy/Paste) instead of the browser's, whose Undo/Redo
// would bypass the per-user undo; the room adds its own Undo/Redo entries to it.
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

monaco.editor.defineTheme('pairpad-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [],
  colors: { 'editor.background': '#15171c' },
});

export { monaco };
