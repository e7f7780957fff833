import { useTranslation } from "react-i18next";
import { ApiError, NetworkError } from "../../api/http.ts";
import { useLanguage } from "../../i18n/use-language.ts";

/**
 * A failed request, worded for people: the API's own message when it sent one. A 429 also says
 * at what time the person may try again (from Retry-After).
 */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { pick, locale } = useLanguage();
  let text = t("errors.unexpected");
  let retryAt: string | null = null;
  if (error instanceof NetworkError) text = t("errors.network");
  else if (error instanceof ApiError) {
    const fromApi = pick(error.messageKo, error.messageEn);
    text =
      error.status === 404 && !fromApi
        ? t("errors.notFound")
        : fromApi || t("errors.server", { status: error.status });
    if (error.status === 429 && error.retryAfterSeconds !== null) {
      const at = new Date(error.receivedAt + error.retryAfterSeconds * 1000);
      retryAt = t("errors.retryAt", {
        time: new Intl.DateTimeFormat(locale, { hour: "numeric", minute: "2-digit" }).format(at),
        minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)),
      });
    }
  }
  return (
    <div className="alert alert--danger" role="alert">
      <p>{text}</p>
      {retryAt ? <p>{retryAt}</p> : null}
      {onRetry ? (
        <button type="button" className="button button--tertiary button--small" onClick={onRetry}>
          {t("common.retry")}
        </button>
      ) : null}
    </div>
  );
}
