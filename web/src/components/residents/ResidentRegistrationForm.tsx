import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { type TResident, useCreateResident } from "../../api/residents.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useFormErrors } from "../../hooks/use-form-errors.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { regionValueFromCode } from "../region/region-value.ts";
import { ResidentAboutSection } from "./ResidentAboutSection.tsx";
import { ResidentAvailabilitySection } from "./ResidentAvailabilitySection.tsx";
import { ResidentPersonalSection } from "./ResidentPersonalSection.tsx";
import { ResidentPlaceSection } from "./ResidentPlaceSection.tsx";
import { ResidentSkillsSection } from "./ResidentSkillsSection.tsx";
import { RESIDENT_FIELD_KEYS, type ResidentFormState, toResidentCreateBody } from "./resident-form.ts";

/**
 * The registration itself (POST /api/residents): where the resident lives, when and how they can
 * work, and their masked personal details. Signed in as a resident, the record becomes theirs.
 */
export function ResidentRegistrationForm({ onRegistered }: { onRegistered: (resident: TResident) => void }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const create = useCreateResident();
  const errors = useFormErrors(create.error);
  const clientError = useClientError();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ResidentFormState>(() => ({
    region: regionValueFromCode(params.get("region")),
    location: null,
    birthYear: "",
    groups: [],
    availability: [],
    desiredHoursPerWeek: "20",
    maxTravelKm: "5",
    remotePreference: "no",
    skills: [],
    certificates: [],
    interests: [],
    name: "",
    phone: "",
    address: "",
    consent: false,
  }));
  const update: <K extends keyof ResidentFormState>(key: K, value: ResidentFormState[K]) => void = (
    key,
    value,
  ) => setState((s) => ({ ...s, [key]: value }));

  function submit(e: FormEvent) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    // Presence checks only (so that nothing is sent without consent); the API checks everything else.
    const local = [
      ...(state.region.sigungu ? [] : [clientError("regionCode", "resident.check.region")]),
      ...(state.birthYear.trim() ? [] : [clientError("birthYear", "form.requiredField")]),
      ...(state.availability.length ? [] : [clientError("availability", "resident.check.availability")]),
      ...(state.desiredHoursPerWeek.trim() ? [] : [clientError("desiredHoursPerWeek", "form.requiredField")]),
      ...(state.maxTravelKm.trim() ? [] : [clientError("maxTravelKm", "form.requiredField")]),
      ...(state.name.trim() ? [] : [clientError("personal.name", "form.requiredField")]),
      ...(state.consent ? [] : [clientError("consent", "resident.consentRequired")]),
    ];
    errors.setClientErrors(local);
    if (local.length) {
      create.reset();
      return;
    }
    create.mutate(toResidentCreateBody(state), {
      onSuccess: onRegistered,
    });
  }

  const labels: Record<string, string> = {
    regionCode: t("region.sigungu"),
    location: t("resident.location"),
    birthYear: t("resident.birthYear"),
    groups: t("resident.groups"),
    availability: t("resident.availability"),
    desiredHoursPerWeek: t("resident.desiredHours"),
    maxTravelKm: t("resident.maxTravelKm"),
    remotePreference: t("resident.remotePreference"),
    skills: t("resident.skills"),
    certificates: t("resident.certificates"),
    interests: t("resident.interests"),
    "personal.name": t("resident.name"),
    "personal.phone": t("resident.phone"),
    "personal.address": t("resident.address"),
    consent: t("resident.consentShort"),
  };
  const sectionProps = { state, update, errorsAt: errors.at };
  return (
    <>
      <p className="form-legend-note">{t("form.requiredNote")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <ErrorSummary
          fields={errors.all}
          error={create.error}
          keys={RESIDENT_FIELD_KEYS}
          labels={labels}
          attempt={attempt}
        />
        <ResidentPlaceSection {...sectionProps} />
        <ResidentAboutSection {...sectionProps} />
        <ResidentAvailabilitySection {...sectionProps} />
        <ResidentSkillsSection {...sectionProps} />
        <ResidentPersonalSection {...sectionProps} />
        <div className="form-actions form-actions--end">
          <button type="submit" className="button button--primary button--large" disabled={create.isPending}>
            {create.isPending ? t("form.submitting") : t("resident.submit")}
          </button>
        </div>
      </form>
    </>
  );
}
