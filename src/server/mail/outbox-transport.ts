import type { BatchDeliveryItem, DeliveryResult, MailMessage, MailTransport } from "./types";

export const OUTBOX_TRANSPORT_NAME = "outbox";

/**
 * The local default: nothing leaves the machine. `sendMail` records every message in
 * `mail_outbox` anyway, so for this transport that row is the delivered mail (status "stored"),
 * read at /admin/outbox.
 */
export function createOutboxTransport(): MailTransport {
  return {
    name: OUTBOX_TRANSPORT_NAME,
    async deliver(_message: MailMessage): Promise<DeliveryResult> {
      return { providerMessageId: null };
    },
    maxBatch: 100,
    async deliverBatch(messages: readonly MailMessage[]): Promise<BatchDeliveryItem[]> {
      return messages.map(() => ({ ok: true, providerMessageId: null }));
    },
  };
}
