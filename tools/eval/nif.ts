/**
 * Reads NIF 2.0 Turtle entity-linking corpora (the N³ collection: News-100, Reuters-128, RSS-500)
 * as documents with their gold mentions. Only the shapes those files use are read: one subject
 * block per context or mention, strings in "…" or """…""".
 */

export interface NifMention {
  begin: number;
  end: number;
  anchor: string;
  /** The gold resource URI (DBpedia or notInWiki). */
  resource: string;
}

export interface NifDocument {
  uri: string;
  text: string;
  mentions: NifMention[];
}

const STRING = String.raw`(?:"""([\s\S]*?)"""|"((?:[^"\\]|\\.)*)")`;

function unescapeTurtle(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, code: string) => {
    if (code.length > 1) return String.fromCodePoint(Number.parseInt(code.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' } as Record<string, string>)[code] ?? code;
  });
}

const stringValue = (match: RegExpMatchArray, at: number) => unescapeTurtle(match[at] ?? match[at + 1] ?? '');

/** The subject blocks of a Turtle file: `<uri> … .` up to the next subject at a line start. */
function subjectBlocks(turtle: string): { uri: string; body: string }[] {
  const starts = [...turtle.matchAll(/^<([^>]+)>/gm)];
  return starts.map((start, at) => ({
    uri: start[1]!,
    body: turtle.slice(start.index! + start[0].length, starts[at + 1]?.index ?? turtle.length),
  }));
}

/**
 * Parses the documents of a NIF Turtle file. Throws, naming `file` and the subject, when a
 * mention's offsets do not spell its anchor in its context: offsets in code points would show
 * here first.
 */
export function parseNif(turtle: string, file: string): NifDocument[] {
  const documents = new Map<string, NifDocument>();
  const pending: { uri: string; context: string; mention: NifMention }[] = [];
  for (const { uri, body } of subjectBlocks(turtle)) {
    const isString = body.match(new RegExp(String.raw`nif:isString\s+${STRING}`));
    if (/nif:Context/.test(body) && isString) {
      documents.set(uri, { uri, text: stringValue(isString, 1), mentions: [] });
      continue;
    }
    const anchor = body.match(new RegExp(String.raw`nif:anchorOf\s+${STRING}`));
    const begin = body.match(/nif:beginIndex\s+"(\d+)"/);
    const end = body.match(/nif:endIndex\s+"(\d+)"/);
    const context = body.match(/nif:referenceContext\s+<([^>]+)>/);
    const resource = body.match(/itsrdf:taIdentRef\s+<([^>]+)>/);
    if (!anchor || !begin || !end || !context || !resource) continue;
    pending.push({
      uri,
      context: context[1]!,
      mention: {
        begin: Number(begin[1]),
        end: Number(end[1]),
        anchor: stringValue(anchor, 1),
        resource: resource[1]!,
      },
    });
  }
  for (const { uri, context, mention } of pending) {
    const document = documents.get(context);
    if (!document) throw new Error(`${file}: ${uri} refers to the unknown context ${context}`);
    const spelled = document.text.slice(mention.begin, mention.end);
    if (spelled !== mention.anchor) {
      throw new Error(
        `${file}: ${uri} spells "${spelled}" at its offsets, not its anchor "${mention.anchor}"`,
      );
    }
    document.mentions.push(mention);
  }
  for (const document of documents.values()) document.mentions.sort((a, b) => a.begin - b.begin);
  return [...documents.values()];
}
