CREATE TABLE "allocation_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"input_digest" text NOT NULL,
	"options" jsonb NOT NULL,
	"progress" jsonb NOT NULL,
	"objective" double precision,
	"optimal" boolean,
	"bound" double precision,
	"stats" jsonb,
	"proposal_enc" text,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone,
	"claim_token" uuid,
	"requested_by" uuid,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmation" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "allocation_runs_status" CHECK ("allocation_runs"."status" in ('queued', 'running', 'done', 'failed', 'confirmed')),
	CONSTRAINT "allocation_runs_attempts" CHECK ("allocation_runs"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_runs" ADD CONSTRAINT "allocation_runs_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_runs_cohort_digest_uq" ON "allocation_runs" USING btree ("cohort_id","input_digest") WHERE "allocation_runs"."status" <> 'failed';--> statement-breakpoint
CREATE INDEX "allocation_runs_cohort_created_idx" ON "allocation_runs" USING btree ("cohort_id","created_at");--> statement-breakpoint
CREATE INDEX "allocation_runs_open_idx" ON "allocation_runs" USING btree ("created_at") WHERE "allocation_runs"."status" in ('queued', 'running');