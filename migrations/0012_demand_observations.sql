CREATE TABLE "demand_observations" (
	"region_code" varchar(5) NOT NULL,
	"category" text NOT NULL,
	"period" date NOT NULL,
	"hours_requested" double precision NOT NULL,
	"items_posted" integer NOT NULL,
	"items_filled" integer NOT NULL,
	"unmet_requests" integer NOT NULL,
	"source" text NOT NULL,
	"synthetic" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_observations_region_code_category_period_source_pk" PRIMARY KEY("region_code","category","period","source"),
	CONSTRAINT "demand_observations_category" CHECK ("demand_observations"."category" in ('care', 'maintenance', 'environment', 'safety', 'culture', 'education', 'sports', 'admin_support', 'digital_help')),
	CONSTRAINT "demand_observations_source" CHECK ("demand_observations"."source" in ('platform', 'import', 'synthetic')),
	CONSTRAINT "demand_observations_first_of_month" CHECK (extract(day from "demand_observations"."period") = 1),
	CONSTRAINT "demand_observations_counts" CHECK ("demand_observations"."hours_requested" >= 0 and "demand_observations"."items_posted" >= 0 and "demand_observations"."unmet_requests" >= 0 and "demand_observations"."items_filled" between 0 and "demand_observations"."items_posted"),
	CONSTRAINT "demand_observations_synthetic" CHECK ("demand_observations"."source" <> 'synthetic' or "demand_observations"."synthetic")
);
--> statement-breakpoint
ALTER TABLE "demand_observations" ADD CONSTRAINT "demand_observations_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "demand_observations_period_idx" ON "demand_observations" USING btree ("period");
