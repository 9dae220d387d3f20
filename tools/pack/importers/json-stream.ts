/** A value the caller asked for, with where it started in the input. */
export interface PickedValue {
  value: unknown;
  /** `$.dataFeedElement[3].item[0]`: the JSON path inside its top-level value. */
  path: string;
  /** The 1-based line the value starts on. */
  line: number;
}

interface Frame {
  container: Record<string, unknown> | unknown[];
  /** The key being read (objects) or the next index (arrays), for paths. */
  key: string | number;
  /** What the next token may be. */
  expect: 'key' | 'colon' | 'value' | 'comma';
  /** The first entry may close the container at once (`{}`, `[]`); after a comma it may not. */
  empty: boolean;
  /** Something inside was picked: the container itself is a wrapper and is not kept. */
  picked: boolean;
  line: number;
}

/** Thrown for input that is not JSON, with the line it stops being JSON on. */
export class JsonStreamError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = { true: true, false: false, null: null } as const;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A JSON reader fed chunk by chunk that keeps only what the caller has not taken: every completed
 * object or string is offered to `pick`, and a picked value is handed out and not attached to its
 * parent; a container that held a picked value is dropped too (it was a wrapper, like a DataFeed's
 * `DataFeedItem`). So a DataFeed of 100,000 reviews never sits in memory, only one review at a
 * time. Several top-level values in a row (JSON lines) are read one after another.
 */
export class JsonValueStream {
  private readonly stack: Frame[] = [];
  private pending = '';
  private line = 1;
  private topLevelSeen = false;

  constructor(private readonly pick: (value: unknown) => boolean) {}

  /** Reads a chunk; returns the values picked in it. */
  push(chunk: string): PickedValue[] {
    const picked: PickedValue[] = [];
    const text = this.pending + chunk;
    this.pending = '';
    let at = 0;
    while (at < text.length) {
      const char = text.charCodeAt(at);
      if (char === 0x0a) this.line++;
      if (char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09) {
        at++;
        continue;
      }
      const next = this.token(text, at, picked);
      if (next === undefined) {
        this.pending = text.slice(at);
        break;
      }
      at = next;
    }
    return picked;
  }

  /** The input has ended: anything left open is an error. Returns a last picked value, if any. */
  end(): PickedValue[] {
    // A number at the very end waited for more digits; a space ends it.
    const picked = this.pending ? this.push(' ') : [];
    if (this.pending) this.fail(`unexpected end in "${this.pending.slice(0, 20)}"`);
    if (this.stack.length > 0) this.fail('unexpected end of input (an object or array is not closed)');
    if (!this.topLevelSeen) this.fail('no JSON value');
    return picked;
  }

  private fail(message: string): never {
    throw new JsonStreamError(this.line, message);
  }

  /** Reads the token at `at`; returns the position after it, or undefined when the chunk cut it. */
  private token(text: string, at: number, picked: PickedValue[]): number | undefined {
    const frame = this.stack.at(-1);
    const char = text[at]!;
    if (frame && (frame.expect === 'colon' || frame.expect === 'comma')) {
      return this.punctuation(frame, char, at, picked);
    }
    if (
      (char === '}' || char === ']') &&
      frame?.empty &&
      (char === '}') === !Array.isArray(frame.container)
    ) {
      this.close(picked);
      return at + 1;
    }
    if (frame?.expect === 'key') {
      if (char !== '"') this.fail(`expected a key in quotes, found "${char}"`);
      const read = this.string(text, at);
      if (!read) return undefined;
      frame.key = read.value;
      frame.expect = 'colon';
      frame.empty = false;
      return read.end;
    }
    if (char === '{' || char === '[') {
      this.stack.push({
        container: char === '{' ? {} : [],
        key: char === '{' ? '' : 0,
        expect: char === '{' ? 'key' : 'value',
        empty: true,
        picked: false,
        line: this.line,
      });
      return at + 1;
    }
    if (char === '"') {
      const read = this.string(text, at);
      if (!read) return undefined;
      this.complete(read.value, this.line, picked);
      return read.end;
    }
    if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = at;
      const number = NUMBER.exec(text);
      // A number may go on in the next chunk (`-`, `12`, `1.5e`, `1.5e+`).
      if (!number)
        return text.length - at < 2 ? undefined : this.fail(`not a number: "${text.slice(at, at + 20)}"`);
      const rest = text.slice(NUMBER.lastIndex, NUMBER.lastIndex + 3);
      if (rest === '' || (/^[eE.][+-]?$/.test(rest) && NUMBER.lastIndex + rest.length === text.length)) {
        return undefined;
      }
      this.complete(Number(number[0]), this.line, picked);
      return NUMBER.lastIndex;
    }
    for (const [word, value] of Object.entries(LITERALS)) {
      if (text.startsWith(word, at)) {
        this.complete(value, this.line, picked);
        return at + word.length;
      }
      if (text.length - at < word.length && word.startsWith(text.slice(at))) return undefined;
    }
    return this.fail(`unexpected "${text.slice(at, at + 20)}"`);
  }

  private punctuation(frame: Frame, char: string, at: number, picked: PickedValue[]): number {
    const isArray = Array.isArray(frame.container);
    if (frame.expect === 'colon') {
      if (char !== ':') this.fail(`expected ":" after the key "${frame.key}", found "${char}"`);
      frame.expect = 'value';
    } else if (char === ',') {
      frame.expect = isArray ? 'value' : 'key';
      frame.empty = false;
    } else if (char === (isArray ? ']' : '}')) {
      this.close(picked);
    } else {
      this.fail(`expected "," or "${isArray ? ']' : '}'}", found "${char}"`);
    }
    return at + 1;
  }

  /** A string token; undefined when its closing quote is in a later chunk. */
  private string(text: string, at: number): { value: string; end: number } | undefined {
    let quote = at;
    for (;;) {
      quote = text.indexOf('"', quote + 1);
      if (quote < 0) return undefined;
      let backslashes = 0;
      while (text[quote - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) break;
    }
    const raw = text.slice(at, quote + 1);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids them raw in strings; JSON.parse reports them.
    if (!raw.includes('\\') && !/[\u0000-\u001f]/.test(raw))
      return { value: raw.slice(1, -1), end: quote + 1 };
    try {
      return { value: JSON.parse(raw) as string, end: quote + 1 };
    } catch (error) {
      return this.fail(`bad string (${(error as Error).message})`);
    }
  }

  private close(picked: PickedValue[]): void {
    const frame = this.stack.pop()!;
    // A wrapper of picked values is not kept: only the values were wanted.
    if (frame.picked) {
      this.afterValue();
      const parent = this.stack.at(-1);
      if (parent) parent.picked = true;
      return;
    }
    this.complete(frame.container, frame.line, picked);
  }

  private complete(value: unknown, line: number, picked: PickedValue[]): void {
    const parent = this.stack.at(-1);
    if (parent && parent.expect !== 'value') this.fail('expected a key or a closing bracket');
    const offered = typeof value === 'string' || (typeof value === 'object' && value !== null);
    if (offered && !Array.isArray(value) && this.pick(value)) {
      picked.push({ value, path: this.path(), line });
      if (parent) parent.picked = true;
    } else if (parent) {
      if (Array.isArray(parent.container)) parent.container.push(value);
      else parent.container[parent.key as string] = value;
    }
    this.afterValue();
  }

  private afterValue(): void {
    const parent = this.stack.at(-1);
    if (!parent) {
      this.topLevelSeen = true;
      return;
    }
    if (Array.isArray(parent.container)) parent.key = (parent.key as number) + 1;
    parent.expect = 'comma';
  }

  /** The path of the value being completed, from the keys and indexes of the open containers. */
  private path(): string {
    let path = '$';
    for (const frame of this.stack) {
      if (typeof frame.key === 'number') path += `[${frame.key}]`;
      else path += IDENTIFIER.test(frame.key) ? `.${frame.key}` : `[${JSON.stringify(frame.key)}]`;
    }
    return path;
  }
}
