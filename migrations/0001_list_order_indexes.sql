CREATE INDEX "residents_status_created_idx" ON "residents" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "work_items_status_created_idx" ON "work_items" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "work_items_status_start_date_idx" ON "work_items" USING btree ("status","start_date");