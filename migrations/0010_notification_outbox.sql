CREATE TABLE "notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dedupe_key" text NOT NULL,
	"resident_id" uuid,
	"user_id" uuid,
	"region_code" varchar(5),
	"channel" text NOT NULL,
	"template_code" text NOT NULL,
	"locale" text DEFAULT 'ko' NOT NULL,
	"params" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claim_token" uuid,
	"last_error" text,
	"provider_message_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "notification_outbox_dedupeKey_unique" UNIQUE("dedupe_key"),
	CONSTRAINT "notification_outbox_recipient" CHECK ("notification_outbox"."resident_id" is not null or "notification_outbox"."user_id" is not null),
	CONSTRAINT "notification_outbox_channel" CHECK ("notification_outbox"."channel" in ('log', 'email', 'sms', 'kakao_alimtalk')),
	CONSTRAINT "notification_outbox_status" CHECK ("notification_outbox"."status" in ('pending', 'sending', 'sent', 'failed', 'dead', 'cancelled')),
	CONSTRAINT "notification_outbox_locale" CHECK ("notification_outbox"."locale" in ('ko', 'en')),
	CONSTRAINT "notification_outbox_attempts" CHECK ("notification_outbox"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_outbox_due_idx" ON "notification_outbox" USING btree ("next_attempt_at") WHERE "notification_outbox"."status" in ('pending', 'failed', 'sending');--> statement-breakpoint
CREATE INDEX "notification_outbox_region_idx" ON "notification_outbox" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "notification_outbox_resident_idx" ON "notification_outbox" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "notification_outbox_user_idx" ON "notification_outbox" USING btree ("user_id");