import { useTranslation } from "react-i18next";
import type { ImportRowError } from "../../api/participations.ts";
import { useLanguage } from "../../i18n/use-language.ts";
import { useFormat } from "../../lib/use-format.ts";

/** Enough to fix a file by; a file of thousands of bad rows is usually one wrong column. */
const SHOWN = 100;

/**
 * The rows the import refused, one line per problem: the row as the spreadsheet numbers it, the
 * column as the file names it, and what is wrong. A real table (caption, column headers, the row
 * number as each line's header) so that a screen reader says "3행, 시작일" before the message; on
 * a phone each line becomes a card that repeats the column names.
 */
export function ImportErrorTable({ errors }: { errors: readonly ImportRowError[] }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const f = useFormat();
  const columns = {
    row: t("participationImport.colRow"),
    column: t("participationImport.colColumn"),
    message: t("participationImport.colMessage"),
  };
  const shown = errors.slice(0, SHOWN);
  return (
    <>
      <div className="table-wrap responsive-table">
        <table className="data-table import-error-table">
          <caption>{t("participationImport.errorsCaption", { count: errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{columns.row}</th>
              <th scope="col">{columns.column}</th>
              <th scope="col">{columns.message}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              // One row may have several problems, even in the same column: the position keeps them apart.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed once shown
              <tr key={`${e.row}-${e.field}-${i}`}>
                <th scope="row" data-label={columns.row}>
                  {t("participationImport.rowValue", { row: e.row })}
                </th>
                <td data-label={columns.column}>{e.column}</td>
                <td data-label={columns.message}>{pick(e.messageKo, e.messageEn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > SHOWN ? (
        <p className="field__hint">
          {t("participationImport.more", { shown: f.number(SHOWN), total: f.number(errors.length) })}
        </p>
      ) : null}
    </>
  );
}
