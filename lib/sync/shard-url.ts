/**
 * The URL of a shard: its path resolved against the manifest's folder. Undefined when the result
 * would leave that folder (another host, a parent folder): a pack can only point inside itself,
 * so subscribing to one URL never makes the extension request others.
 */
export function shardUrl(manifestUrl: string, path: string): string | undefined {
  const folder = new URL('./', manifestUrl);
  let url: URL;
  try {
    url = new URL(path, folder);
  } catch {
    return undefined;
  }
  if (url.origin !== folder.origin || !url.pathname.startsWith(folder.pathname)) return undefined;
  if (url.search !== '' || url.hash !== '' || url.pathname === folder.pathname) return undefined;
  return url.href;
}
