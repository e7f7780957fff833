CREATE TABLE "cohort_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"resident_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"entered_by" uuid,
	"facts_enc" text NOT NULL,
	"status" text DEFAULT 'applied' NOT NULL,
	"screening" jsonb,
	"score" real,
	"waitlist_position" integer,
	"work_item_id" uuid,
	"decision_reason_ko" text,
	"decision_reason_en" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_applications_cohort_resident_uq" UNIQUE("cohort_id","resident_id")
);
--> statement-breakpoint
CREATE TABLE "cohort_work_items" (
	"cohort_id" uuid NOT NULL,
	"work_item_id" uuid NOT NULL,
	"slots" integer NOT NULL,
	CONSTRAINT "cohort_work_items_cohort_id_work_item_id_pk" PRIMARY KEY("cohort_id","work_item_id")
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_code" varchar(40) NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"recruit_start" date NOT NULL,
	"recruit_end" date NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"slots" integer NOT NULL,
	"budget_won" bigint NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resident_id" uuid NOT NULL,
	"program_code" varchar(40) NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"field" text,
	"source" text NOT NULL,
	"application_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participations_applicationId_unique" UNIQUE("application_id")
);
--> statement-breakpoint
ALTER TABLE "cohort_applications" ADD CONSTRAINT "cohort_applications_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_applications" ADD CONSTRAINT "cohort_applications_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_applications" ADD CONSTRAINT "cohort_applications_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_work_items" ADD CONSTRAINT "cohort_work_items_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_work_items" ADD CONSTRAINT "cohort_work_items_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_applications_resident_idx" ON "cohort_applications" USING btree ("resident_id");--> statement-breakpoint
CREATE INDEX "cohort_applications_cohort_status_idx" ON "cohort_applications" USING btree ("cohort_id","status");--> statement-breakpoint
CREATE INDEX "cohorts_region_status_idx" ON "cohorts" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "participations_resident_start_idx" ON "participations" USING btree ("resident_id","start_date");