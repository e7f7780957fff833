CREATE TABLE "job_design_drafts" (
	"key" text PRIMARY KEY NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"occupation_code" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"as_of" text NOT NULL,
	"start_date" date NOT NULL,
	"work_item_ids" uuid[] NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_design_drafts" ADD CONSTRAINT "job_design_drafts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_design_drafts" ADD CONSTRAINT "job_design_drafts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;