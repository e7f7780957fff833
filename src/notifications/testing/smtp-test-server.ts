import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on 127.0.0.1 for tests (smtp-server, in-process): it parses each message it
 * accepts, and can be told to answer the next N messages with a 451 (try again later).
 */
export interface SmtpTestServer {
  url: string;
  received: ParsedMail[];
  /** Envelope recipients per accepted message. */
  envelopes: string[][];
  attempts: number;
  deferNext(count: number): void;
  close(): Promise<void>;
}

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  let deferrals = 0;
  const state = {
    received: [] as ParsedMail[],
    envelopes: [] as string[][],
    attempts: 0,
  };
  const server = new SMTPServer({
    logger: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    onData(stream, session, callback) {
      state.attempts++;
      simpleParser(stream)
        .then((mail) => {
          if (deferrals > 0) {
            deferrals--;
            const error = Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 });
            callback(error);
            return;
          }
          state.received.push(mail);
          state.envelopes.push(session.envelope.rcptTo.map((r) => r.address));
          callback(null, `Ok: queued as TEST${state.received.length}`);
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get received() {
      return state.received;
    },
    get envelopes() {
      return state.envelopes;
    },
    get attempts() {
      return state.attempts;
    },
    deferNext(count) {
      deferrals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
