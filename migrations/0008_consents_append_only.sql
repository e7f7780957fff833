-- Consent history is append-only: a withdrawal is a new row, never an edit of the grant it ends.
-- UPDATE raises. DELETE stays possible for the end of the retention period
-- (docs/privacy-retention.md); TRUNCATE does not (it would erase every proof at once).
CREATE OR REPLACE FUNCTION consents_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consents is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER consents_no_update
  BEFORE UPDATE ON consents
  FOR EACH ROW EXECUTE FUNCTION consents_refuse_change();
--> statement-breakpoint
CREATE TRIGGER consents_no_truncate
  BEFORE TRUNCATE ON consents
  FOR EACH STATEMENT EXECUTE FUNCTION consents_refuse_change();
