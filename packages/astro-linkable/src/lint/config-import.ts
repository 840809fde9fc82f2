// Imports a site's Astro config for `astro-linkable lint` quickly: first with `astro/config` replaced by a small
// stand-in (astro-config-shim.ts), since importing the real module costs about a second on a two-core machine, most
// of a small site's lint. If anything goes wrong that way (a helper only Astro can run, a name the stand-in lacks, any
// error at all), the config is imported again, fresh, with the real module, and only that attempt's error counts.
import module from 'node:module';
import { pathToFileURL } from 'node:url';

/** How the config was read: with the stand-in, or with Astro's own `astro/config`. */
export type ConfigLoader = 'light' | 'astro';

const SHIM_URL = new URL('./astro-config-shim.js', import.meta.url).href;
/** Query that gives the second attempt fresh module instances (modules from the first stay cached under their URLs). */
const FRESH = 'astro-linkable-config=astro';

let substituting = false;
let hooksRegistered: boolean | undefined;

/** The config module's default export, called when it is a function. */
export async function importConfigExport(configFile: string): Promise<{ exported: unknown; loader: ConfigLoader }> {
  const url = pathToFileURL(configFile).href;
  if (registerHooks()) {
    substituting = true;
    try {
      return { exported: await evaluate(url), loader: 'light' };
    } catch {
      // Read it again below with the real module; its error, if any, is the one to report.
    } finally {
      substituting = false;
    }
    return { exported: await evaluate(`${url}?${FRESH}`), loader: 'astro' };
  }
  return { exported: await evaluate(url), loader: 'astro' };
}

async function evaluate(url: string): Promise<unknown> {
  const imported = (await import(url)) as { default?: unknown };
  return typeof imported.default === 'function' ? await (imported.default as () => unknown)() : imported.default;
}

/** In-thread resolve hooks (Node 22.15 and later); without them every config is read with the real module. */
function registerHooks(): boolean {
  if (hooksRegistered !== undefined) return hooksRegistered;
  const register = (module as { registerHooks?: typeof module.registerHooks }).registerHooks;
  hooksRegistered = false;
  if (!register) return false;
  try {
    register({
      resolve(specifier, context, nextResolve) {
        if (substituting && specifier === 'astro/config') return { url: SHIM_URL, shortCircuit: true };
        const resolved = nextResolve(specifier, context);
        // Everything the fresh attempt imports is fresh too, so nothing evaluated against the stand-in is reused.
        if (context.parentURL?.includes(FRESH) && resolved.url.startsWith('file:') && !resolved.url.includes(FRESH)) {
          return { ...resolved, url: `${resolved.url}${resolved.url.includes('?') ? '&' : '?'}${FRESH}` };
        }
        return resolved;
      },
    });
  } catch {
    // An experimental API that refuses here (another Node, a policy) only costs the fast path.
    return false;
  }
  hooksRegistered = true;
  return true;
}
