import type { ReactNode } from "react";

/** A numbered part of a long form, with its own heading. */
export function FormSection({
  id,
  step,
  title,
  lead,
  children,
}: {
  id: string;
  step: number;
  title: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="form-section" aria-labelledby={id}>
      <h2 id={id} className="form-section__title">
        <span className="form-section__step" aria-hidden="true">
          {step}
        </span>
        {title}
      </h2>
      {lead ? <p className="form-section__lead">{lead}</p> : null}
      <div className="form-section__body">{children}</div>
    </section>
  );
}
