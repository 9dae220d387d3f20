import type { EntityRecord } from '../../lib/schema/records';

/**
 * Maps the gold resources of an entity-linking corpus (DBpedia URIs such as
 * `http://de.dbpedia.org/resource/Der_Spiegel`) to the entities of a pack. Records carry no
 * DBpedia ids, so a resource is read as a Wikipedia title and compared with each entity's
 * Wikipedia source titles, its display name and its names and aliases in every language,
 * folded (case, underscores, a disambiguation in parentheses, a leading "The").
 */
export function goldEntityMap(entities: readonly EntityRecord[]): (resource: string) => string | undefined {
  const byKey = new Map<string, string | null>();
  const add = (form: string, id: string) => {
    const key = titleKey(form);
    if (key === '') return;
    const known = byKey.get(key);
    // A form two entities share names neither: the mapping must not guess.
    byKey.set(key, known === undefined || known === id ? id : null);
  };
  for (const entity of entities) {
    add(entity.name, entity.id);
    for (const field of [entity.names, entity.aliases])
      for (const forms of Object.values(field)) for (const form of forms) add(form, entity.id);
    for (const source of entity.sources) {
      const page = source.url?.match(/^https?:\/\/[a-z]+\.wikipedia\.org\/wiki\/([^#?]+)/);
      if (page) add(decodeURIComponent(page[1]!), entity.id);
    }
  }
  return (resource) => {
    const title = resource.match(/\/resource\/([^/]+)$/)?.[1];
    if (title === undefined) return undefined;
    return byKey.get(titleKey(decodeURIComponent(title))) ?? undefined;
  };
}

function titleKey(title: string): string {
  return title
    .replace(/_/g, ' ')
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/^the\s+/i, '')
    .trim()
    .toLowerCase();
}
