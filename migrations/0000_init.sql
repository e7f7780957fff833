CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"address" text,
	"lat" double precision,
	"lng" double precision,
	"phone" text,
	"description" text,
	"status" text DEFAULT 'active' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"code" varchar(40) PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"ministry_ko" text NOT NULL,
	"ministry_en" text NOT NULL,
	"summary_ko" text NOT NULL,
	"summary_en" text NOT NULL,
	"rules_status" text DEFAULT 'placeholder' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "region_statistics" (
	"region_code" varchar(5) PRIMARY KEY NOT NULL,
	"population" integer NOT NULL,
	"population_by_age" jsonb NOT NULL,
	"population_period" text NOT NULL,
	"households" integer,
	"households_period" text,
	"single_person_households" integer,
	"single_person_households_by_age" jsonb,
	"single_person_households_period" text,
	"disabled_registered" integer,
	"disabled_severe" integer,
	"disabled_period" text,
	"employment_rate" real,
	"employment_rate15to64" real,
	"unemployment_rate" real,
	"employment_scope" text,
	"employment_period" text
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" varchar(5) PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" varchar(5),
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"full_name_ko" text NOT NULL,
	"city_name_ko" text,
	"centroid_lat" double precision NOT NULL,
	"centroid_lng" double precision NOT NULL,
	"bbox" jsonb NOT NULL,
	"boundary" jsonb NOT NULL,
	"boundary_version" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resident_personal_data" (
	"resident_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"address" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "residents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"approx_lat" double precision,
	"approx_lng" double precision,
	"birth_year" integer NOT NULL,
	"groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"availability" jsonb NOT NULL,
	"desired_hours_per_week" real NOT NULL,
	"max_travel_km" real NOT NULL,
	"remote_preference" text DEFAULT 'no' NOT NULL,
	"skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"interests" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "senior_job_projects" (
	"project_no" varchar(20) PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"project_type" text NOT NULL,
	"activity_type" text NOT NULL,
	"name" text NOT NULL,
	"region_code" varchar(5),
	"sido_code" varchar(2) NOT NULL,
	"scope" text NOT NULL,
	"source_region_code" varchar(5) NOT NULL,
	"start_date" date,
	"end_date" date,
	"target_jobs" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"program_code" varchar(40),
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"remote" boolean DEFAULT false NOT NULL,
	"place_name" text,
	"lat" double precision,
	"lng" double precision,
	"schedule" jsonb NOT NULL,
	"hours_per_week" real NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"headcount" integer NOT NULL,
	"hourly_wage" integer NOT NULL,
	"required_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_skills" text[] DEFAULT '{}'::text[] NOT NULL,
	"required_certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"preferred_certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_statistics" ADD CONSTRAINT "region_statistics_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resident_personal_data" ADD CONSTRAINT "resident_personal_data_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residents" ADD CONSTRAINT "residents_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "senior_job_projects" ADD CONSTRAINT "senior_job_projects_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "senior_job_projects" ADD CONSTRAINT "senior_job_projects_sido_code_regions_code_fk" FOREIGN KEY ("sido_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organizations_region_idx" ON "organizations" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "regions_level_parent_idx" ON "regions" USING btree ("level","parent_code");--> statement-breakpoint
CREATE INDEX "residents_region_status_idx" ON "residents" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "residents_lat_lng_idx" ON "residents" USING btree ("approx_lat","approx_lng");--> statement-breakpoint
CREATE INDEX "senior_job_projects_region_idx" ON "senior_job_projects" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "senior_job_projects_source_region_idx" ON "senior_job_projects" USING btree ("source_region_code");--> statement-breakpoint
CREATE INDEX "work_items_region_status_idx" ON "work_items" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "work_items_organization_idx" ON "work_items" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "work_items_category_idx" ON "work_items" USING btree ("category");--> statement-breakpoint
CREATE INDEX "work_items_lat_lng_idx" ON "work_items" USING btree ("lat","lng");