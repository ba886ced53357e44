import type { Client, InArgs, InStatement, ResultSet, TransactionMode } from "@libsql/client";
import { DomainError } from "../errors";
import { renewalDue } from "./sessions";
import { unreadNotificationsSql, viewerRecordSql } from "./viewer-record";

/**
 * One database round trip per page (issue 15, ADR 0020). A page request that carries a viewer
 * record it was given earlier (the viewer cookie, see lib/viewer-cookie.ts) does not look its
 * session up first. Instead its first database call carries a gate: one statement, in the same
 * batch and transaction, ahead of the page's own, that fails unless the session is still valid
 * and the member's record in the database is byte for byte the record the page was built for.
 * Every later step of a libSQL batch runs only if the step before it succeeded (Hrana's `ok`
 * conditions; a `file:` batch stops at its first error), so under a bad session the page's
 * statements never run: it reads nothing and writes nothing.
 *
 * A failed statement cannot say which rule failed, and clients report the failing step in
 * different ways, so when a carried call fails the gate is asked again on its own (one more round
 * trip, only then): refused means the session or the record no longer holds; passed means the
 * failure was the page's own and is passed on unchanged.
 */
export interface SessionClaim {
  /** Hash of the session token (sessions.id). */
  sessionId: string;
  /** The viewer record the page is built for (viewer-record.ts). */
  record: string;
  now: number;
}

export type GateOutcome = { passed: true; unreadNotifications: number; renewUntil: number | null } | { passed: false };

export interface SessionGate {
  /** Use this client for every database call of the request: its first call carries the gate. */
  client: Client;
  /**
   * The gate's outcome. When no call has carried it yet (a page that reads nothing), the gate
   * runs alone now; later calls then go straight through.
   */
  confirm(): Promise<GateOutcome>;
}

/** Raised by any database call of a request whose session gate refused. */
export function sessionRefusedError(): DomainError {
  return new DomainError("UNAUTHENTICATED", "Your session has ended or changed. Please reload the page or sign in again.");
}

// Refusal raises an error because a batch's later steps are conditioned on the earlier ones
// succeeding, not on what they returned; SQLite has no RAISE outside triggers, and a malformed
// JSON path is an error in every SQLite and libSQL version. Parameters: ?1 session id, ?2 now,
// ?3 the claimed record.
const gateCondition = `s.id is not null and s.expires_at > ?2 and s.absolute_expires_at > ?2 and u.deleted_at is null and ${viewerRecordSql("u")} = ?3`;
const gateFrom = `from (select ?1 as id) claim left join sessions s on s.id = claim.id left join users u on u.id = s.user_id`;
const gateColumns = `s.expires_at as expires_at, s.absolute_expires_at as absolute_expires_at, ${unreadNotificationsSql("u")} as unread`;
const carriedGateSql = `select json_extract('{}', case when ${gateCondition} then '$' else 'session refused' end) as gate, ${gateColumns} ${gateFrom}`;
const aloneGateSql = `select case when ${gateCondition} then 1 else 0 end as gate, ${gateColumns} ${gateFrom}`;

export function gateSession(inner: Client, claim: SessionClaim): SessionGate {
  const args: InArgs = [claim.sessionId, claim.now, claim.record];
  let outcome: Promise<GateOutcome> | null = null;

  const outcomeOf = (result: ResultSet | undefined, passed: boolean): GateOutcome => {
    const row = result?.rows[0];
    if (!passed || !row) return { passed: false };
    const session = { expiresAt: Number(row.expires_at), absoluteExpiresAt: Number(row.absolute_expires_at) };
    return { passed: true, unreadNotifications: Number(row.unread), renewUntil: renewalDue(session, claim.now) };
  };
  const alone = async (): Promise<GateOutcome> => {
    const result = await inner.execute({ sql: aloneGateSql, args });
    return outcomeOf(result, Number(result.rows[0]?.gate) === 1);
  };
  const whenPassed = async (): Promise<void> => {
    if (!(await confirm()).passed) throw sessionRefusedError();
  };
  function confirm(): Promise<GateOutcome> {
    outcome ??= alone();
    return outcome;
  }
  /** The first call of the request: the gate goes first in its batch. */
  function carry<T>(statements: InStatement[], mode: TransactionMode, pick: (results: ResultSet[]) => T): Promise<T> {
    const sent = inner.batch([{ sql: carriedGateSql, args }, ...statements], mode);
    outcome = sent.then(
      (results) => outcomeOf(results[0], true),
      () => alone(),
    );
    return outcome.then(async (gate) => {
      if (!gate.passed) throw sessionRefusedError();
      return pick(await sent);
    });
  }

  const client = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "execute") {
        return (statement: InStatement | string, statementArgs?: InArgs): Promise<ResultSet> => {
          const normalized: InStatement = typeof statement === "string" ? { sql: statement, args: statementArgs ?? [] } : statement;
          if (outcome) return whenPassed().then(() => target.execute(normalized));
          return carry([normalized], "deferred", (results) => results[1] as ResultSet);
        };
      }
      if (property === "batch") {
        return (statements: InStatement[], mode: TransactionMode = "deferred"): Promise<ResultSet[]> => {
          if (outcome) return whenPassed().then(() => target.batch(statements, mode));
          return carry(statements, mode, (results) => results.slice(1));
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      // transaction, executeMultiple, migrate: rare on a page; the gate runs alone first.
      if (property === "transaction" || property === "executeMultiple" || property === "migrate") {
        return (...callArgs: unknown[]) => whenPassed().then(() => (value as (...a: unknown[]) => unknown).apply(target, callArgs));
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
  return { client, confirm };
}
