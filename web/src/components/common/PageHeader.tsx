import type { ReactNode } from "react";
import { useDocumentTitle } from "../../hooks/use-document-title.ts";

/** The page's <h1> (and document title), with an optional lead paragraph. */
export function PageHeader({
  title,
  lead,
  children,
}: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <h1 className="page-header__title">{title}</h1>
      {lead ? <p className="page-header__lead">{lead}</p> : null}
      {children}
    </div>
  );
}
