import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { TResident } from "../api/residents.ts";
import { useAuth } from "../app/auth-context.ts";
import { NotAllowed } from "../components/auth/NotAllowed.tsx";
import { SignupForm } from "../components/auth/SignupForm.tsx";
import { LoadingMessage } from "../components/common/LoadingMessage.tsx";
import { PageHeader } from "../components/common/PageHeader.tsx";
import { RegistrationSteps } from "../components/residents/RegistrationSteps.tsx";
import { ResidentRegistrationForm } from "../components/residents/ResidentRegistrationForm.tsx";
import { can } from "../lib/access.ts";

/**
 * /residents/new. Signed out: step 1 makes a resident account (POST /api/auth/signup, which
 * signs in), step 2 is the registration (POST /api/residents), linked to that account. A
 * resident already registered is sent to 내 정보; an officer registers someone on their behalf.
 */
export function ResidentNewPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const navigate = useNavigate();
  const user = auth.user;
  const step: 1 | 2 = user ? 2 : 1;
  // From step 1 to step 2 on the same page: focus goes to the step 2 heading.
  const cameFromStep1 = useRef(false);
  const [justSignedUp, setJustSignedUp] = useState(false);
  const step2Heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step === 1) cameFromStep1.current = true;
    else if (cameFromStep1.current) {
      setJustSignedUp(true);
      step2Heading.current?.focus();
    }
  }, [step]);

  function registered(resident: TResident) {
    navigate("/residents/new/done", { state: { resident } });
  }

  if (auth.status === "loading") return <LoadingMessage />;
  if (!user) {
    return (
      <>
        <PageHeader title={t("resident.title")} lead={t("resident.signupLead")} />
        <RegistrationSteps current={1} />
        <p className="auth-page__alt">
          {t("resident.haveAccount")} <Link to="/login?next=%2Fresidents%2Fnew">{t("nav.login")}</Link>
        </p>
        <SignupForm />
      </>
    );
  }
  if (user.role === "resident" && user.residentId) {
    return (
      <>
        <PageHeader title={t("resident.title")} lead={t("resident.alreadyRegistered")} />
        <Link className="button button--primary button--large" to="/me">
          {t("nav.me")}
        </Link>
      </>
    );
  }
  if (user.role !== "resident" && !can(user, "residents.create")) return <NotAllowed user={user} />;
  return (
    <>
      <PageHeader title={t("resident.title")} lead={t("resident.lead")} />
      {user.role === "resident" ? (
        <>
          {justSignedUp ? (
            <div className="alert alert--success" role="status">
              <p>{t("resident.accountCreated")}</p>
            </div>
          ) : null}
          <RegistrationSteps current={2} />
          <h2 ref={step2Heading} className="section-title" tabIndex={-1}>
            {t("resident.step2Title")}
          </h2>
          <p className="section-lead">{t("resident.step2Lead", { name: user.name })}</p>
        </>
      ) : (
        <div className="alert alert--info">
          <p>{t("resident.onBehalf")}</p>
        </div>
      )}
      <ResidentRegistrationForm onRegistered={registered} />
    </>
  );
}
