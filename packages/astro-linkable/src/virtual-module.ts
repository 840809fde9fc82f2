// A Vite plugin serving `virtual:astro-linkable/state`: the JSON state that injected routes and components read.
import type { Plugin, ViteDevServer } from 'vite';

export const VIRTUAL_STATE_ID = 'virtual:astro-linkable/state';
const RESOLVED_ID = `\0${VIRTUAL_STATE_ID}`;

export interface VirtualStatePlugin extends Plugin {
  /** Drops the cached module in every Vite environment so the next request reads fresh state. */
  invalidate(server: ViteDevServer): void;
}

/** `getState` is called on every load, so dev-mode changes reach pages after `invalidate()`. */
export function virtualStatePlugin(getState: () => unknown): VirtualStatePlugin {
  return {
    name: 'astro-linkable:state',
    resolveId(id) {
      return id === VIRTUAL_STATE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(getState())};`;
    },
    invalidate(server) {
      for (const environment of Object.values(server.environments ?? {})) {
        const mod = environment.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) environment.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
