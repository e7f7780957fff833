CREATE TABLE "consents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid,
	"resident_id" uuid,
	"purpose" text NOT NULL,
	"granted" boolean NOT NULL,
	"notice_version" text NOT NULL,
	"notice_effective_date" date NOT NULL,
	"method" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "consents_purpose_check" CHECK (purpose in ('service', 'notifications', 'research')),
	CONSTRAINT "consents_method_check" CHECK (method in ('web', 'officer', 'walk_in')),
	CONSTRAINT "consents_subject_check" CHECK ("consents"."user_id" is not null or "consents"."resident_id" is not null)
);
--> statement-breakpoint
CREATE INDEX "consents_user_purpose_idx" ON "consents" USING btree ("user_id","purpose","id");--> statement-breakpoint
CREATE INDEX "consents_resident_purpose_idx" ON "consents" USING btree ("resident_id","purpose","id");