import { assertAdmin, type Viewer } from "../auth/viewer";
import type { Database } from "../db/client";
import { listOutbox, readOutboxMessage, type OutboxMessage, type OutboxPage } from "./send-mail";

/** The outbox as admins see it at /admin/outbox: addresses and bodies are for admins only. */
export async function listOutboxForAdmin(db: Database, viewer: Viewer | null, before?: string): Promise<OutboxPage> {
  assertAdmin(viewer, "read the outbox");
  return listOutbox(db, { before });
}

export async function readOutboxMessageForAdmin(db: Database, viewer: Viewer | null, id: number): Promise<OutboxMessage> {
  assertAdmin(viewer, "read the outbox");
  return readOutboxMessage(db, id);
}
