import type { ReactNode } from "react";

export function Tag({
  children,
  tone = "neutral",
}: {
  children: ReactNode;
  tone?: "neutral" | "primary" | "success";
}) {
  return <span className={`tag tag--${tone}`}>{children}</span>;
}
