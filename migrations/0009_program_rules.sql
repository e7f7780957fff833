CREATE TABLE "median_incomes" (
	"year" integer PRIMARY KEY NOT NULL,
	"table" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_rule_sets" (
	"program_code" varchar(40) NOT NULL,
	"year" integer NOT NULL,
	"region_prefix" varchar(5) NOT NULL,
	"direct_job" boolean,
	"rules" jsonb NOT NULL,
	"notes_ko" text,
	"notes_en" text,
	"origin" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_rule_sets_program_code_year_region_prefix_pk" PRIMARY KEY("program_code","year","region_prefix")
);
--> statement-breakpoint
ALTER TABLE "program_rule_sets" ADD CONSTRAINT "program_rule_sets_program_code_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."programs"("code") ON DELETE no action ON UPDATE no action;