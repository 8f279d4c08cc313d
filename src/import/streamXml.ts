import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagNS, type SaxesTagPlain } from 'saxes';

/**
 * What a reader of one XML part does with its events. Element names come without their prefix
 * (`x:row` and `row` are the same element). Attribute keys: the name as written, or, when the
 * part is read with namespaces, the local name for attributes without one and `{uri}local`
 * for the others (so `r:id` is found whatever prefix the writer chose).
 */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  close?(name: string): void;
  text?(text: string): void;
}

/** The longest run of characters allowed between two tags, and what to do beyond it. */
export interface XmlLimit {
  readonly characters: number;
  readonly exceeded: (part: string) => Error;
}

/**
 * Streams an XML part through saxes and yields what the handlers emit, chunk by chunk, so a
 * consumer holds one chunk's worth of items at a time. saxes keeps a text or a tag in memory
 * until it ends: a run of characters without a `<` longer than `limit` stops the read, so a
 * malformed or hostile part (one endless cell) cannot take the memory.
 */
export async function* streamXml<T>(
  stream: Readable,
  part: string,
  build: (emit: (item: T) => void) => XmlHandlers,
  limit: XmlLimit,
  options: { namespaces?: boolean } = {},
): AsyncGenerator<T> {
  const pending: T[] = [];
  const handlers = build((item) => pending.push(item));
  const parser = options.namespaces ? namespacedParser(part, handlers) : plainParser(part, handlers);
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('cdata', (text) => handlers.text?.(text));
  stream.setEncoding('utf8');
  let run = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      run = checkRun(run, chunk, limit, part);
      parser.write(chunk);
      yield* pending.splice(0);
    }
    parser.close();
    yield* pending.splice(0);
  } finally {
    stream.destroy();
  }
}

function plainParser(part: string, handlers: XmlHandlers) {
  const parser = new SaxesParser<{ xmlns: false; position: true; fileName: string }>({
    xmlns: false,
    position: true,
    fileName: part,
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(localName(tag.name), tag.attributes));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  return parser;
}

function namespacedParser(part: string, handlers: XmlHandlers) {
  const parser = new SaxesParser<{ xmlns: true; position: true; fileName: string }>({
    xmlns: true,
    position: true,
    fileName: part,
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local] = attribute.value;
    }
    handlers.open?.(tag.local, attributes);
  });
  parser.on('closetag', (tag) => handlers.close?.(tag.local));
  return parser;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The characters since the last `<`, after this chunk; throws past the limit. */
function checkRun(run: number, chunk: string, limit: XmlLimit, part: string): number {
  const first = chunk.indexOf('<');
  if (first < 0) {
    if (run + chunk.length > limit.characters) throw limit.exceeded(part);
    return run + chunk.length;
  }
  if (run + first > limit.characters) throw limit.exceeded(part);
  return chunk.length - chunk.lastIndexOf('<') - 1;
}
