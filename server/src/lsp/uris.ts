/**
 * Uri arithmetic for a server without `node:path` (the web build): workspace folders and files
 * are uris of any scheme (`file:`, `vscode-remote:`, `vscode-vfs:`), compared as the client
 * writes them (its converter writes every uri the same way).
 */

function trimSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

/** The `/`-separated path of `uri` below `folder`, decoded; undefined when it is not inside. */
export function relativeUnder(folder: string, uri: string): string | undefined {
  const root = trimSlash(folder) + '/';
  if (!uri.startsWith(root)) return undefined;
  try {
    return decodeURIComponent(uri.slice(root.length));
  } catch {
    return uri.slice(root.length);
  }
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** `folder` joined with a relative `/`-separated path; an absolute path (`/x/y`) keeps only the folder's scheme and authority. */
export function joinUri(folder: string, path: string): string {
  const p = path.replace(/\\/g, '/');
  if (p.startsWith('/')) {
    const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(folder);
    return (m ? m[1] : 'file://') + encodePath(p);
  }
  return `${trimSlash(folder)}/${encodePath(p.replace(/^\.\//, ''))}`;
}

/** Whether two uris name the same file, whatever their percent-encoding or the case of a drive letter. */
export function sameUri(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      return decodeURIComponent(u).toLowerCase();
    } catch {
      return u.toLowerCase();
    }
  };
  return norm(a) === norm(b);
}
