/**
 * Why an officer sees a resident's personal fields unmasked: a stated reason, kept in the audit
 * log with the access. Bounds shared by the API (src/residents/unmask.schema.ts) and the web form.
 */
export const UNMASK_REASON_MIN_LENGTH = 5;
export const UNMASK_REASON_MAX_LENGTH = 500;

/** How long the web app shows unmasked fields before masking them again. */
export const UNMASKED_DISPLAY_SECONDS = 60;
