import { describe, expect, it } from "vitest";
import { channelsFromConfig, readNotificationConfig } from "./notification-config.ts";

describe("notification configuration", () => {
  it("defaults: the log channel only, sender on, 8 attempts", () => {
    const config = readNotificationConfig({});
    expect(config).toMatchObject({
      defaultChannel: "log",
      senderEnabled: true,
      email: null,
      sms: null,
      kakao: null,
    });
    expect(config.retry.maxAttempts).toBe(8);
    expect([...channelsFromConfig(config).keys()]).toEqual(["log"]);
  });

  it("each channel is on when its settings are there", () => {
    const config = readNotificationConfig({
      MAEUL_NOTIFY_CHANNEL: "kakao_alimtalk",
      MAEUL_NOTIFY_SENDER: "OFF",
      MAEUL_NOTIFY_MAX_ATTEMPTS: "3",
      MAEUL_SMTP_URL: "smtp://127.0.0.1:2525",
      MAEUL_MAIL_FROM: "Maeul <noreply@maeul.example>",
      MAEUL_SMS_URL: "http://127.0.0.1:9/sms",
      MAEUL_SMS_API_KEY: "k",
      MAEUL_KAKAO_URL: "http://127.0.0.1:9/kakao",
      MAEUL_KAKAO_API_KEY: "k",
      MAEUL_KAKAO_SENDER_KEY: "sender",
    });
    expect(config).toMatchObject({ defaultChannel: "kakao_alimtalk", senderEnabled: false });
    expect(config.retry.maxAttempts).toBe(3);
    expect([...channelsFromConfig(config).keys()]).toEqual(["log", "email", "sms", "kakao_alimtalk"]);
  });

  it("half a setting is an error, not a silently missing channel", () => {
    expect(() => readNotificationConfig({ MAEUL_SMTP_URL: "smtp://127.0.0.1:2525" })).toThrow(
      "MAEUL_SMTP_URL and MAEUL_MAIL_FROM must be set together",
    );
    expect(() => readNotificationConfig({ MAEUL_SMS_API_KEY: "k" })).toThrow(
      /MAEUL_SMS_URL and MAEUL_SMS_API_KEY/,
    );
    expect(() => readNotificationConfig({ MAEUL_NOTIFY_MAX_ATTEMPTS: "0" })).toThrow(
      /MAEUL_NOTIFY_MAX_ATTEMPTS/,
    );
  });
});
