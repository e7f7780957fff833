CREATE TABLE "demand_data_version" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_data_version_one_row" CHECK ("demand_data_version"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "demand_forecasts" (
	"region_code" varchar(5) NOT NULL,
	"category" text NOT NULL,
	"as_of" date NOT NULL,
	"horizon" integer NOT NULL,
	"data_version" bigint NOT NULL,
	"model_version" text NOT NULL,
	"input_digest" text NOT NULL,
	"method" text NOT NULL,
	"source" text,
	"synthetic" boolean NOT NULL,
	"observed_months" integer NOT NULL,
	"history_end" date,
	"notes" jsonb NOT NULL,
	"history" jsonb NOT NULL,
	"forecast" jsonb NOT NULL,
	"run_id" uuid,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "demand_forecasts_as_of_horizon_region_code_category_pk" PRIMARY KEY("as_of","horizon","region_code","category"),
	CONSTRAINT "demand_forecasts_category" CHECK ("demand_forecasts"."category" in ('care', 'maintenance', 'environment', 'safety', 'culture', 'education', 'sports', 'admin_support', 'digital_help')),
	CONSTRAINT "demand_forecasts_method" CHECK ("demand_forecasts"."method" in ('combination', 'cold_start', 'none')),
	CONSTRAINT "demand_forecasts_horizon" CHECK ("demand_forecasts"."horizon" between 1 and 24)
);
--> statement-breakpoint
CREATE TABLE "forecast_run_regions" (
	"run_id" uuid NOT NULL,
	"region_code" varchar(5) NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"claim_token" uuid,
	"lease_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "forecast_run_regions_run_id_region_code_pk" PRIMARY KEY("run_id","region_code"),
	CONSTRAINT "forecast_run_regions_status" CHECK ("forecast_run_regions"."status" in ('pending', 'claimed', 'done'))
);
--> statement-breakpoint
CREATE TABLE "forecast_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"as_of" date NOT NULL,
	"horizon" integer NOT NULL,
	"data_version" bigint NOT NULL,
	"model_version" text NOT NULL,
	"status" text DEFAULT 'running' NOT NULL,
	"regions_total" integer NOT NULL,
	"series_fitted" integer DEFAULT 0 NOT NULL,
	"series_reused" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "forecast_runs_status" CHECK ("forecast_runs"."status" in ('running', 'done')),
	CONSTRAINT "forecast_runs_horizon" CHECK ("forecast_runs"."horizon" between 1 and 24)
);
--> statement-breakpoint
ALTER TABLE "demand_forecasts" ADD CONSTRAINT "demand_forecasts_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_run_regions" ADD CONSTRAINT "forecast_run_regions_run_id_forecast_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."forecast_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forecast_run_regions" ADD CONSTRAINT "forecast_run_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "forecast_runs_inputs_key" ON "forecast_runs" USING btree ("as_of","horizon","data_version","model_version");