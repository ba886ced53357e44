// A tokenizer for SQLite SQL text, just deep enough to split a string into statements and to
// list each statement's parameters in SQLite's own numbering.
//
// Why we need it: the `libsql` package gives no statement tail (it silently ignores everything
// after the first statement) and no parameter names, and binding by object aborts the whole
// process (a Rust panic) when a statement has a nameless `?`. So the server binds every statement
// positionally and needs to know, per parameter index, which name it carries.
//
// Rules follow SQLite's tokenize.c and complete.c: comments and quoted text are opaque, `?NNN`
// sets the index, a repeated name reuses its index, and `;` inside `CREATE TRIGGER ... END`
// does not end a statement.

type TokenKind = "space" | "semi" | "word" | "variable" | "other";

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
}

export interface ScannedStatement {
  sql: string;
  /** Index i holds the name of parameter i + 1 (with its prefix: ":id", "?3"), or null for a bare `?`. */
  parameterNames: Array<string | null>;
  /** Upper-cased first keyword (`SELECT`, `EXPLAIN`, ...), if the statement starts with a word. */
  firstKeyword: string | undefined;
}

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\f" || c === "\v";

const isDigit = (c: string): boolean => c >= "0" && c <= "9";

// SQLite's IdChar(): ASCII letters and digits, `_`, `$`, and every byte >= 0x80.
const isIdChar = (c: string): boolean => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || isDigit(c) || c === "_" || c === "$" || c.charCodeAt(0) >= 0x80;

function readToken(sql: string, i: number): Token {
  const c = sql.charAt(i);
  const next = sql.charAt(i + 1);
  const n = sql.length;
  if (isSpace(c)) {
    let j = i + 1;
    while (j < n && isSpace(sql.charAt(j))) j++;
    return { kind: "space", start: i, end: j };
  }
  if (c === "-" && next === "-") {
    let j = i + 2;
    while (j < n && sql.charAt(j) !== "\n") j++;
    return { kind: "space", start: i, end: j };
  }
  if (c === "/" && next === "*") {
    const close = sql.indexOf("*/", i + 2);
    return { kind: "space", start: i, end: close < 0 ? n : close + 2 };
  }
  if (c === "'" || c === '"' || c === "`") {
    let j = i + 1;
    for (;;) {
      if (j >= n) return { kind: "other", start: i, end: n };
      if (sql.charAt(j) === c) {
        if (sql.charAt(j + 1) === c) {
          j += 2;
          continue;
        }
        return { kind: "other", start: i, end: j + 1 };
      }
      j++;
    }
  }
  if (c === "[") {
    const close = sql.indexOf("]", i + 1);
    return { kind: "other", start: i, end: close < 0 ? n : close + 1 };
  }
  if (c === ";") return { kind: "semi", start: i, end: i + 1 };
  if (c === "?") {
    let j = i + 1;
    while (j < n && isDigit(sql.charAt(j))) j++;
    return { kind: "variable", start: i, end: j };
  }
  if (c === ":" || c === "@" || c === "$" || c === "#") {
    let j = i + 1;
    let nameChars = 0;
    while (j < n) {
      const d = sql.charAt(j);
      if (isIdChar(d)) {
        nameChars++;
        j++;
      } else if (d === "(" && nameChars > 0) {
        // Tcl-style `$name(suffix)`: the suffix belongs to the name.
        while (j < n && !isSpace(sql.charAt(j)) && sql.charAt(j) !== ")") j++;
        if (sql.charAt(j) === ")") j++;
        break;
      } else if (d === ":" && sql.charAt(j + 1) === ":") {
        j += 2;
      } else {
        break;
      }
    }
    return nameChars > 0 ? { kind: "variable", start: i, end: j } : { kind: "other", start: i, end: i + 1 };
  }
  if (isDigit(c) || (c === "." && isDigit(next))) {
    // Numbers never hold parameters; a loose run of number-ish characters is enough.
    let j = i + 1;
    while (j < n && (isIdChar(sql.charAt(j)) || sql.charAt(j) === ".")) j++;
    return { kind: "other", start: i, end: j };
  }
  if (isIdChar(c)) {
    let j = i + 1;
    while (j < n && isIdChar(sql.charAt(j))) j++;
    return { kind: "word", start: i, end: j };
  }
  return { kind: "other", start: i, end: i + 1 };
}

// States and transitions of SQLite's sqlite3_complete(), which knows that a trigger body's
// semicolons end at `END;`.
enum State {
  Invalid = 0,
  Start = 1,
  Normal = 2,
  Explain = 3,
  Create = 4,
  Trigger = 5,
  Semi = 6,
  End = 7,
}
enum Tk {
  Semi = 0,
  Ws = 1,
  Other = 2,
  Explain = 3,
  Create = 4,
  Temp = 5,
  Trigger = 6,
  End = 7,
}
const transitions: ReadonlyArray<ReadonlyArray<State>> = [
  /* Invalid */ [State.Start, State.Invalid, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
  /* Start   */ [State.Start, State.Start, State.Normal, State.Explain, State.Create, State.Normal, State.Normal, State.Normal],
  /* Normal  */ [State.Start, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal, State.Normal],
  /* Explain */ [State.Start, State.Explain, State.Explain, State.Normal, State.Create, State.Normal, State.Normal, State.Normal],
  /* Create  */ [State.Start, State.Create, State.Normal, State.Normal, State.Normal, State.Create, State.Trigger, State.Normal],
  /* Trigger */ [State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
  /* Semi    */ [State.Semi, State.Semi, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.End],
  /* End     */ [State.Start, State.End, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger, State.Trigger],
];

const inTriggerBody = (s: State): boolean => s === State.Trigger || s === State.Semi || s === State.End;

class StatementBuilder {
  start: number;
  hasContent = false;
  firstKeyword: string | undefined = undefined;
  names: Array<string | null> = [];
  private readonly indexByName = new Map<string, number>();

  constructor(start: number) {
    this.start = start;
  }

  addVariable(text: string): void {
    let index: number;
    if (text === "?") {
      index = this.names.length + 1;
    } else if (text.startsWith("?")) {
      index = Number(text.slice(1));
      if (!Number.isSafeInteger(index) || index < 1 || index > 32766) return; // SQLite rejects it at prepare
    } else {
      index = this.indexByName.get(text) ?? this.names.length + 1;
    }
    while (this.names.length < index) this.names.push(null);
    if (text !== "?" && this.names[index - 1] === null) {
      this.names[index - 1] = text;
      if (!this.indexByName.has(text)) this.indexByName.set(text, index);
    }
  }
}

/** Splits SQL text into its statements (empty ones dropped) with each statement's parameters. */
export function scanSql(sql: string): ScannedStatement[] {
  const statements: ScannedStatement[] = [];
  let state: State = State.Start;
  let caseDepth = 0;
  let current = new StatementBuilder(0);
  let i = 0;
  const finish = (end: number): void => {
    if (current.hasContent) {
      statements.push({
        sql: sql.slice(current.start, end),
        parameterNames: current.names,
        firstKeyword: current.firstKeyword,
      });
    }
    current = new StatementBuilder(end);
    caseDepth = 0;
  };
  while (i < sql.length) {
    const token = readToken(sql, i);
    i = token.end;
    let tk: Tk;
    switch (token.kind) {
      case "space":
        tk = Tk.Ws;
        break;
      case "semi":
        tk = Tk.Semi;
        break;
      case "variable":
        tk = Tk.Other;
        current.addVariable(sql.slice(token.start, token.end));
        break;
      case "word": {
        const word = sql.slice(token.start, token.end).toUpperCase();
        if (!current.hasContent) current.firstKeyword = word;
        tk = Tk.Other;
        if (word === "CREATE") tk = Tk.Create;
        else if (word === "TRIGGER") tk = Tk.Trigger;
        else if (word === "TEMP" || word === "TEMPORARY") tk = Tk.Temp;
        else if (word === "EXPLAIN") tk = Tk.Explain;
        else if (word === "CASE" && inTriggerBody(state)) caseDepth++;
        else if (word === "END") {
          // `CASE ... END` inside a trigger body must not be read as the trigger's END.
          if (caseDepth > 0 && inTriggerBody(state)) caseDepth--;
          else tk = Tk.End;
        }
        break;
      }
      default:
        tk = Tk.Other;
    }
    if (tk !== Tk.Ws && tk !== Tk.Semi) current.hasContent = true;
    const nextState: State = transitions[state]?.[tk] ?? State.Normal;
    if (tk === Tk.Semi && nextState === State.Start) {
      finish(token.end);
    }
    state = nextState;
  }
  finish(sql.length);
  return statements;
}
