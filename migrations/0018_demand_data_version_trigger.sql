-- Every statement that writes demand observations or district figures (the inputs of the demand
-- forecasts) moves the data version on, so that a stored forecast computed from older inputs is
-- recognised with one cheap query instead of a scan (src/forecasting/demand-forecast.table.ts).
-- A statement that changes no row moves it too: the forecast job then finds every input digest
-- unchanged and only re-labels the stored results.
INSERT INTO demand_data_version (id, version) VALUES (1, 1) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION demand_data_version_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE demand_data_version SET version = version + 1, changed_at = now() WHERE id = 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER demand_observations_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON demand_observations
  FOR EACH STATEMENT EXECUTE FUNCTION demand_data_version_bump();
--> statement-breakpoint
CREATE TRIGGER region_statistics_data_version
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON region_statistics
  FOR EACH STATEMENT EXECUTE FUNCTION demand_data_version_bump();
