import { useTranslation } from "react-i18next";

/** Previous / numbered pages / next, as buttons; the current page is marked with aria-current. */
export function Pagination({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const first = Math.max(1, Math.min(page - 2, pages - 4));
  const numbers = Array.from({ length: Math.min(5, pages) }, (_, i) => first + i);
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <button
        type="button"
        className="pagination__step"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t("pagination.previous")}
      </button>
      <ul className="pagination__pages">
        {numbers.map((n) => (
          <li key={n}>
            <button
              type="button"
              className="pagination__page"
              aria-current={n === page ? "page" : undefined}
              aria-label={t("pagination.page", { page: n })}
              onClick={() => onPage(n)}
            >
              {n}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="pagination__step"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t("pagination.next")}
      </button>
    </nav>
  );
}
