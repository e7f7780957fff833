import { useTranslation } from "react-i18next";
import { ApiError, NetworkError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/** A failed request, worded for people: the API's own message when it sent one. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  let text = t("errors.unexpected");
  if (error instanceof NetworkError) text = t("errors.network");
  else if (error instanceof ApiError) {
    const fromApi = pick(error.messageKo, error.messageEn);
    text =
      error.status === 404 && !fromApi
        ? t("errors.notFound")
        : fromApi || t("errors.server", { status: error.status });
  }
  return (
    <div className="alert alert--danger" role="alert">
      <p>{text}</p>
      {onRetry ? (
        <button type="button" className="button button--tertiary button--small" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
