import { randomUUID } from "node:crypto";
import { hasGrantedConsent } from "../consents/consent.repository.ts";
import type { Db } from "../db/client.ts";
import { type ChannelRegistry, DeliveryError, type OutgoingMessage } from "./channels/channel.ts";
import {
  isTemplateCode,
  NotificationTemplateError,
  needsNotificationConsent,
  renderNotification,
} from "./domain/notification-templates.ts";
import { redactError } from "./domain/redact-error.ts";
import { afterFailure, DEFAULT_RETRY_POLICY, type RetryPolicy, retryDelayMs } from "./domain/retry-policy.ts";
import {
  claimDueNotifications,
  markAbandonedLastAttempts,
  recordFailure,
  recordSent,
} from "./notification.repository.ts";
import type { NotificationRow } from "./notification-outbox.table.ts";
import { findRecipientEmail, findRecipientPhone } from "./notification-recipient.ts";

export interface SenderOptions {
  channels: ChannelRegistry;
  now?: () => Date;
  retry?: RetryPolicy;
  /**
   * How long a claim holds before another sender may take the row over. Longer than a batch can
   * take (batchSize × sendTimeoutMs), so a live sender never loses its rows.
   */
  leaseMs?: number;
  batchSize?: number;
  /** Per message: the channel's call is aborted after this. */
  sendTimeoutMs?: number;
  log?: (line: string) => void;
  random?: () => number;
}

export interface SendReport {
  claimed: number;
  sent: number;
  /** Failed this time, to be retried. */
  retrying: number;
  dead: number;
  /** Not sent: advice the resident has not (or no longer) agreed to receive (`cancelled`). */
  withheld: number;
  /** Finished by another sender after this one's lease ran out (nothing recorded here). */
  lostClaims: number;
}

export const SENDER_DEFAULTS = { leaseMs: 5 * 60_000, batchSize: 10, sendTimeoutMs: 15_000 } as const;

/**
 * One pass of the sender: claims the due messages of the configured channels, and for each one
 * looks up the address, renders the text, hands it to the channel and records the outcome.
 *
 * Exactly-once as far as the provider allows: the outcome is written only by the holder of the
 * row's current claim token; the dedupe key goes to the provider as its idempotency key, so a
 * retry after a lost answer or a crash is recognised as the same message; and a row whose
 * final attempt was interrupted goes `dead` (outcome unknown) rather than being sent again.
 */
export async function sendDueNotifications(db: Db, options: SenderOptions): Promise<SendReport> {
  const now = options.now ?? (() => new Date());
  const retry = options.retry ?? DEFAULT_RETRY_POLICY;
  const log = options.log ?? console.log;
  const report: SendReport = { claimed: 0, sent: 0, retrying: 0, dead: 0, withheld: 0, lostClaims: 0 };

  const abandoned = await markAbandonedLastAttempts(db, now(), retry.maxAttempts);
  report.dead += abandoned;
  if (abandoned > 0) log(`notifications: ${abandoned} interrupted on their last attempt → dead`);

  const claimToken = randomUUID();
  const rows = await claimDueNotifications(db, {
    now: now(),
    leaseMs: options.leaseMs ?? SENDER_DEFAULTS.leaseMs,
    limit: options.batchSize ?? SENDER_DEFAULTS.batchSize,
    channels: [...options.channels.keys()],
    maxAttempts: retry.maxAttempts,
    claimToken,
  });
  report.claimed = rows.length;

  for (const row of rows) {
    const outcome = await deliver(db, row, options);
    if (outcome.ok) {
      // The provider has the message: try hard to record it, or a later claimer would send it
      // again (harmless only where the provider honours the idempotency key).
      const recorded = await persistently(() =>
        recordSent(db, { id: row.id, claimToken, providerMessageId: outcome.providerMessageId, now: now() }),
      );
      if (recorded) report.sent++;
      else report.lostClaims++;
      continue;
    }
    if (outcome.withheld) {
      const recorded = await recordFailure(db, {
        id: row.id,
        claimToken,
        status: "cancelled",
        nextAttemptAt: now(),
        error: outcome.error,
        now: now(),
      });
      if (recorded) report.withheld++;
      else report.lostClaims++;
      continue;
    }
    const next = afterFailure(retry, row.attempts, outcome.permanent);
    const recorded = await recordFailure(db, {
      id: row.id,
      claimToken,
      status: next.status,
      nextAttemptAt: next.retry
        ? new Date(now().getTime() + retryDelayMs(retry, row.attempts, options.random))
        : now(),
      error: redactError(outcome.error),
      now: now(),
    });
    if (!recorded) report.lostClaims++;
    else if (next.status === "dead") {
      report.dead++;
      log(`notifications: ${row.templateCode} ${row.id} dead after ${row.attempts} attempt(s)`);
    } else report.retrying++;
  }
  return report;
}

type Outcome =
  | { ok: true; providerMessageId: string }
  | { ok: false; permanent: boolean; withheld?: true; error: string };

async function deliver(db: Db, row: NotificationRow, options: SenderOptions): Promise<Outcome> {
  const channel = options.channels.get(row.channel);
  if (!channel) return { ok: false, permanent: false, error: `channel ${row.channel} is not configured` };
  try {
    const message = renderNotification(row.templateCode, row.params, row.locale);
    const recipient = { residentId: row.residentId, userId: row.userId };
    // Consent is checked now, not at enqueue: it may have been withdrawn since.
    if (
      isTemplateCode(row.templateCode) &&
      needsNotificationConsent(row.templateCode) &&
      !(await hasGrantedConsent(db, recipient, "notifications"))
    ) {
      return {
        ok: false,
        permanent: true,
        withheld: true,
        error:
          "not sent: the recipient has not agreed to optional notifications (consent purpose notifications)",
      };
    }
    let to: string | null = null;
    if (channel.address === "phone") {
      to = await findRecipientPhone(db, recipient);
      if (!to) return { ok: false, permanent: true, error: "the recipient has no phone number" };
    } else if (channel.address === "email") {
      to = await findRecipientEmail(db, recipient);
      if (!to) return { ok: false, permanent: true, error: "the recipient has no e-mail address" };
    }
    const outgoing: OutgoingMessage = {
      ...message,
      outboxId: row.id,
      idempotencyKey: row.dedupeKey,
      templateCode: row.templateCode,
      locale: row.locale,
      params: row.params,
      to,
      recipient,
    };
    const signal = AbortSignal.timeout(options.sendTimeoutMs ?? SENDER_DEFAULTS.sendTimeoutMs);
    const receipt = await channel.send(outgoing, signal);
    return { ok: true, providerMessageId: receipt.providerMessageId };
  } catch (error) {
    if (error instanceof NotificationTemplateError) {
      return { ok: false, permanent: true, error: error.messageEn };
    }
    const permanent = error instanceof DeliveryError && error.permanent;
    return { ok: false, permanent, error: (error as Error).message ?? String(error) };
  }
}

async function persistently<T>(write: () => Promise<T>, waitsMs = [100, 500, 2_000]): Promise<T> {
  for (const wait of waitsMs) {
    try {
      return await write();
    } catch {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  return write();
}
