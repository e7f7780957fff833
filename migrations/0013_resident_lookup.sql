ALTER TABLE "resident_personal_data" ADD COLUMN "name_lookup" text;--> statement-breakpoint
ALTER TABLE "resident_personal_data" ADD COLUMN "phone_lookup" text;--> statement-breakpoint
CREATE INDEX "resident_personal_data_name_lookup_idx" ON "resident_personal_data" USING btree ("name_lookup");