ALTER TABLE "resident_personal_data" RENAME COLUMN "name" TO "name_enc";--> statement-breakpoint
ALTER TABLE "resident_personal_data" RENAME COLUMN "phone" TO "phone_enc";--> statement-breakpoint
ALTER TABLE "resident_personal_data" RENAME COLUMN "address" TO "address_enc";--> statement-breakpoint
ALTER TABLE "resident_personal_data" ADD COLUMN "notes_enc" text;