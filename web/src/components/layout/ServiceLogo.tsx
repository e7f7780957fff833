/** The 마을 mark: a house on a blue tile. Decorative; the service name is next to it as text. */
export function ServiceLogo() {
  return (
    <svg className="service-logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--krds-color-light-primary-50)" />
      <path d="M12 34 32 16l20 18v16a2 2 0 0 1-2 2H40V38H24v14H14a2 2 0 0 1-2-2Z" fill="#fff" />
    </svg>
  );
}
