import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useEligibilityCheck } from "../../api/eligibility.ts";
import { ApiError, type FieldError } from "../../api/http.ts";
import { useAuth } from "../../app/auth-context.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { ErrorMessage } from "../common/ErrorMessage.tsx";
import { RegionSelect } from "../region/RegionSelect.tsx";
import { regionValueFromCode } from "../region/region-value.ts";
import { BirthDateInputs } from "./BirthDateInputs.tsx";
import { CertificateChoice } from "./CertificateChoice.tsx";
import { EligibilityResults } from "./EligibilityResults.tsx";
import { ExperienceAnswer } from "./ExperienceAnswer.tsx";
import { GroupChoice } from "./GroupChoice.tsx";
import { NumberAnswer } from "./NumberAnswer.tsx";
import { ParticipationList } from "./ParticipationList.tsx";
import { SelfCheckStep } from "./SelfCheckStep.tsx";
import {
  EMPTY_ANSWERS,
  manwonToWon,
  parseNumber,
  REQUIRED_STEPS,
  type SelfCheckAnswers,
  STEPS,
  type StepKey,
  skipStep,
  stepOfField,
  toProfile,
} from "./self-check-answers.ts";
import { TriStateChoice } from "./TriStateChoice.tsx";
import { validateStep } from "./validate-step.ts";

/** Today in Korea (the rules' calendar), as YYYY-MM-DD. */
function todayInSeoul(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(new Date());
}

/**
 * The self-check, one question per step, then the results. The answers live in this component
 * only: nothing is written to the browser's storage or the URL, and the server stores nothing.
 */
export function SelfCheckWizard() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { user } = useAuth();
  const clientError = useClientError();
  const check = useEligibilityCheck();
  const [answers, setAnswers] = useState<SelfCheckAnswers>(EMPTY_ANSWERS);
  const [step, setStep] = useState(0);
  const [view, setView] = useState<"questions" | "results">("questions");
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [focusTick, setFocusTick] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const key: StepKey = STEPS[step] ?? "birthDate";

  // A signed-in person's region is the likely answer: fill it in (they can still change it).
  const userRegion = user?.regionCode ?? null;
  useEffect(() => {
    if (!userRegion) return;
    setAnswers((a) => (a.region.sido ? a : { ...a, region: regionValueFromCode(userRegion) }));
  }, [userRegion]);

  // Focus follows the person: the new step's heading, or the results heading (not on first load).
  useEffect(() => {
    if (focusTick === 0) return;
    const target = view === "results" ? resultsHeading.current : stepHeading.current;
    target?.focus({ preventScroll: true });
    // Show the whole question, progress bar included (the form's top), or the results' heading.
    const top = view === "results" ? target : target?.closest("form");
    top?.scrollIntoView({ block: "start" });
  }, [focusTick, view]);

  function update(patch: Partial<SelfCheckAnswers>) {
    setAnswers((a) => ({ ...a, ...patch }));
  }

  function goTo(index: number, nextErrors: FieldError[] = []) {
    setErrors(nextErrors);
    setStep(Math.max(0, Math.min(STEPS.length - 1, index)));
    setView("questions");
    setFocusTick((n) => n + 1);
  }

  /** Checks every required step first (a jump back from the results may skip them). */
  function submit(current: SelfCheckAnswers) {
    const today = todayInSeoul();
    for (const [i, s] of STEPS.entries()) {
      const found = validateStep(s, current, today, clientError);
      if (found.length && (REQUIRED_STEPS.includes(s) || i === step)) {
        goTo(i, found);
        return;
      }
    }
    setErrors([]);
    check.mutate(toProfile(current), {
      onSuccess: () => {
        setView("results");
        setFocusTick((n) => n + 1);
      },
      onError: (error) => {
        if (!(error instanceof ApiError) || error.fields.length === 0) return;
        const at = error.fields.map((f) => stepOfField(f.field)).find((i) => i !== null);
        goTo(at ?? step, error.fields);
      },
    });
  }

  function next() {
    const found = validateStep(key, answers, todayInSeoul(), clientError);
    if (found.length) {
      setErrors(found);
      focusFirstInvalid();
      return;
    }
    if (step === STEPS.length - 1) submit(answers);
    else goTo(step + 1);
  }

  function skip() {
    const skipped = skipStep(answers, key);
    setAnswers(skipped);
    if (step === STEPS.length - 1) submit(skipped);
    else goTo(step + 1);
  }

  function focusFirstInvalid() {
    window.requestAnimationFrame(() => {
      const invalid = document.querySelector<HTMLElement>(".selfcheck-form [aria-invalid='true']");
      (invalid ?? stepHeading.current)?.focus();
    });
  }

  function restart() {
    check.reset();
    setAnswers({
      ...EMPTY_ANSWERS,
      region: userRegion ? regionValueFromCode(userRegion) : EMPTY_ANSWERS.region,
    });
    goTo(0);
  }

  if (view === "results" && check.data) {
    return (
      <EligibilityResults
        answer={check.data}
        regionCode={answers.region.sigungu}
        headingRef={resultsHeading}
        onEdit={() => goTo(0)}
        onRestart={restart}
        onAnswerFact={(fact) => {
          const i = stepOfField(fact);
          if (i !== null) goTo(i);
        }}
      />
    );
  }

  const invalid = (field: string) => errors.some((e) => e.field === field || e.field.startsWith(`${field}.`));
  const wonPreview = (manwon: string) => {
    const n = parseNumber(manwon);
    return n === null ? "" : new Intl.NumberFormat(locale).format(manwonToWon(n));
  };
  const title = t(`eligibility.steps.${key}.title`);
  const hint = t(`eligibility.steps.${key}.hint`);

  let content: ReactNode;
  switch (key) {
    case "birthDate":
      content = (
        <BirthDateInputs value={answers} onChange={(parts) => update(parts)} invalid={invalid("birthDate")} />
      );
      break;
    case "region":
      content = (
        <RegionSelect
          fieldKey="selfcheck-region"
          value={answers.region}
          onChange={(region) => update({ region })}
          errors={errors.filter((e) => e.field === "regionCode")}
          sigunguRequired
        />
      );
      break;
    case "householdSize":
      content = (
        <NumberAnswer
          id="selfcheck-household-size"
          label={t("eligibility.steps.householdSize.label")}
          unit={t("eligibility.steps.householdSize.unit")}
          value={answers.householdSize}
          onChange={(householdSize) => update({ householdSize })}
          invalid={invalid("householdSize")}
        />
      );
      break;
    case "income":
    case "property": {
      const field = key === "income" ? "incomeManwon" : "propertyManwon";
      const won = wonPreview(answers[field]);
      content = (
        <NumberAnswer
          id={`selfcheck-${key}`}
          label={t(`eligibility.steps.${key}.label`)}
          unit={t(`eligibility.steps.${key}.unit`)}
          value={answers[field]}
          onChange={(v) => update({ [field]: v })}
          invalid={invalid(key === "income" ? "householdIncomeMonthly" : "propertyValue")}
          preview={won ? t(`eligibility.steps.${key}.preview`, { amount: won }) : ""}
          decimal
        />
      );
      break;
    }
    case "basicPension":
    case "livelihoodBenefit":
    case "employeeInsurance":
    case "longTermCare":
      content = <TriStateChoice name={key} value={answers[key]} onChange={(v) => update({ [key]: v })} />;
      break;
    case "employment":
      content = (
        <>
          <TriStateChoice
            name="employed"
            value={answers.employed}
            onChange={(employed) => update({ employed })}
          />
          {answers.employed === "no" ? (
            <NumberAnswer
              id="selfcheck-unemployed-months"
              label={t("eligibility.steps.employment.monthsLabel")}
              hint={t("eligibility.steps.employment.monthsHint")}
              unit={t("eligibility.steps.employment.monthsUnit")}
              value={answers.unemployedMonths}
              onChange={(unemployedMonths) => update({ unemployedMonths })}
              invalid={invalid("unemployedMonths")}
            />
          ) : null}
        </>
      );
      break;
    case "experience":
      content = (
        <ExperienceAnswer
          answer={answers.experience}
          field={answers.experienceField}
          years={answers.experienceYears}
          errors={errors}
          onChange={update}
        />
      );
      break;
    case "certificates":
      content = (
        <CertificateChoice answer={answers.certificate} selected={answers.certificates} onChange={update} />
      );
      break;
    case "groups":
      content = <GroupChoice selected={answers.groups ?? []} onChange={(groups) => update({ groups })} />;
      break;
    case "participations":
      content = (
        <ParticipationList
          answer={answers.participation}
          rows={answers.participations}
          errors={errors}
          onAnswer={(participation) => update({ participation })}
          onRows={(participations) => update({ participations })}
        />
      );
      break;
  }

  const nonFieldError = check.error && !(check.error instanceof ApiError && check.error.fields.length > 0);
  return (
    <>
      <SelfCheckStep
        index={step}
        total={STEPS.length}
        title={title}
        hint={hint}
        errors={errors}
        optional={!REQUIRED_STEPS.includes(key)}
        skipLabel={key === "property" ? t("eligibility.steps.property.skip") : undefined}
        pending={check.isPending}
        headingRef={stepHeading}
        onNext={next}
        onBack={() => goTo(step - 1)}
        onSkip={skip}
        onShowResults={check.data ? () => submit(answers) : undefined}
      >
        {content}
      </SelfCheckStep>
      {nonFieldError ? <ErrorMessage error={check.error} onRetry={() => submit(answers)} /> : null}
    </>
  );
}
