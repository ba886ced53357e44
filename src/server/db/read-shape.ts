import type { Client, InArgs, InStatement, ResultSet } from "@libsql/client";
import { Column, is, noopDecoder, Param, Placeholder, SQL, sql, type DriverValueDecoder } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import type { Database } from "./client";
import { rowValues } from "./hrana-http-client";

/**
 * Hot page reads without drizzle's per-request SQL building (issue 15, ADR 0022).
 *
 * drizzle assembles a query's text anew every time it runs (`is()` checks, SQL chunks,
 * `_prepare`): 8–16% of a page's JavaScript in the Worker, for text that only ever depends on a
 * few switches (sort, channel or not, cursor or not). A read shape is one such text, built by
 * drizzle itself once per isolate from the same query builder the rest of the code uses, with
 * named placeholders (`slot("threadId")`) where the request's values go. A request then only
 * fills in its values and maps the rows.
 *
 * Rules this module keeps:
 * - A shape holds strings, column decoders and slot names: no client, no I/O object, nothing of a
 *   request (ADR 0010). Shapes are built by a drizzle instance with no client at all.
 * - The statement text and argument order are exactly those drizzle would send for the same
 *   query, so the query plans the plan tests read are the plans that run.
 * - Rows are mapped as drizzle maps a flat select (column decoders, e.g. boolean columns), by
 *   column position; a select with nested objects is refused when the shape is built.
 * - `readBatch` sends every read in one `client.batch` call through the request's own client
 *   (`db.$client`), so a gated client (server/auth/session-gate.ts) still carries the session
 *   gate in the page's one round trip, with the same batch semantics as `db.batch`.
 */

/** Builds statements only: its client is never called. */
const builderDb: Database = drizzle({
  client: new Proxy({} as Client, {
    get() {
      throw new Error("read-shape: the shape builder has no database; run the shape with readBatch.");
    },
  }),
});

/** The database a shape's query is written against (build only, never run). */
export type ShapeBuilder = Database;

/** A named value slot in a shape's SQL, filled per request. */
export function slot(name: string): Placeholder {
  return sql.placeholder(name);
}

/** A select that can say its SQL and selected fields (any drizzle select over SQLite). */
interface SelectLike {
  toSQL(): { sql: string; params: unknown[] };
  readonly _: { readonly selectedFields: unknown };
}
/** The row type drizzle gives the query when awaited. */
type RowOf<Query> = Awaited<Query> extends readonly (infer Row)[] ? Row : never;

type ArgFiller = (values: Readonly<Record<string, unknown>>) => unknown;
type Decoder = ((value: unknown) => unknown) | null;

export interface ReadShape<Row> {
  readonly sql: string;
  /** A statement for this request's values; every slot must have one. */
  bind(values: Readonly<Record<string, unknown>>): BoundRead<Row>;
}

export interface BoundRead<Row> {
  readonly statement: InStatement;
  rows(result: ResultSet): Row[];
}

const identity = Column.prototype.mapFromDriverValue;

/** drizzle keeps an expression's decoder (`.mapWith()`) on an internal field. */
const decoderOfSql = (expression: SQL) => (expression as unknown as { decoder: DriverValueDecoder<unknown, unknown> }).decoder;

function decoderOf(field: unknown, key: string): Decoder {
  let decoder: DriverValueDecoder<unknown, unknown>;
  if (is(field, Column)) decoder = field;
  else if (is(field, SQL)) decoder = decoderOfSql(field);
  else if (is(field, SQL.Aliased)) decoder = decoderOfSql(field.sql);
  else throw new Error(`read-shape: "${key}" is not a column or SQL expression; shapes map flat selects only.`);
  if (decoder.mapFromDriverValue === identity || decoder.mapFromDriverValue === noopDecoder.mapFromDriverValue) return null;
  return (value) => decoder.mapFromDriverValue(value);
}

function fillerOf(param: unknown): ArgFiller {
  const named = (name: string, encode: (value: unknown) => unknown) => (values: Readonly<Record<string, unknown>>) => {
    if (!(name in values)) throw new Error(`read-shape: no value for slot "${name}".`);
    return encode(values[name]);
  };
  if (is(param, Placeholder)) return named(param.name, (value) => value);
  if (is(param, Param) && is(param.value, Placeholder)) {
    const encoder = param.encoder;
    return named(param.value.name, (value) => encoder.mapToDriverValue(value));
  }
  return () => param;
}

/** Turns a query (built once, with slots) into a reusable shape. */
export function readShape<Query extends SelectLike>(query: Query): ReadShape<RowOf<Query>> {
  type Row = RowOf<Query>;
  const { sql: text, params } = query.toSQL();
  const fields = Object.entries(query._.selectedFields as Record<string, unknown>);
  const keys = fields.map(([key]) => key);
  const decoders = fields.map(([key, field]) => decoderOf(field, key));
  const fillers = params.map(fillerOf);
  const width = keys.length;
  const mapRow = (row: ArrayLike<unknown>): Row => {
    const out: Record<string, unknown> = {};
    for (let index = 0; index < width; index++) {
      const value = row[index] ?? null;
      const decode = decoders[index];
      out[keys[index] as string] = value === null || !decode ? value : decode(value);
    }
    return out as Row;
  };
  return {
    sql: text,
    bind(values) {
      const args = fillers.map((fill) => fill(values)) as InArgs;
      return {
        statement: { sql: text, args },
        rows: (result) => Array.prototype.map.call(rowValues(result), mapRow) as Row[],
      };
    },
  };
}

/**
 * A family of shapes chosen by a variant (sort, channel or not, cursor or not...), each built on
 * first use and kept for the isolate. A variant holds switches from a small fixed set, never a
 * request's values: those go into slots.
 */
export function shapeFamily<Variant, Query extends SelectLike>(
  keyOf: (variant: Variant) => string,
  build: (db: ShapeBuilder, variant: Variant) => Query,
): (variant: Variant) => ReadShape<RowOf<Query>> {
  const shapes = new Map<string, ReadShape<RowOf<Query>>>();
  return (variant) => {
    const key = keyOf(variant);
    let shape = shapes.get(key);
    if (!shape) {
      shape = readShape(build(builderDb, variant));
      shapes.set(key, shape);
    }
    return shape;
  };
}

/** One shape, built on first use and kept for the isolate. */
export function singleShape<Query extends SelectLike>(build: (db: ShapeBuilder) => Query): () => ReadShape<RowOf<Query>> {
  let shape: ReadShape<RowOf<Query>> | undefined;
  return () => (shape ??= readShape(build(builderDb)));
}

type RowsOf<Reads extends readonly BoundRead<unknown>[]> = { -readonly [K in keyof Reads]: Reads[K] extends BoundRead<infer Row> ? Row[] : never };

/**
 * Runs bound reads as one batch on the request's client (as `db.batch` does: one call, one
 * transaction, so a gated client puts its gate in front) and maps each result.
 */
export async function readBatch<const Reads extends readonly BoundRead<unknown>[]>(db: Database, reads: Reads): Promise<RowsOf<Reads>> {
  const results = await db.$client.batch(reads.map((read) => read.statement));
  return reads.map((read, index) => read.rows(results[index] as ResultSet)) as RowsOf<Reads>;
}
