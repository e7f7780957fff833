import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type FieldError } from "../../api/http.ts";
import { useImportParticipations } from "../../api/participations.ts";
import { useClientError } from "../../hooks/use-client-error.ts";
import { ErrorSummary } from "../form/ErrorSummary.tsx";
import { Field } from "../form/Field.tsx";
import { ImportResult } from "./ImportResult.tsx";

const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The file and two ways to send it: "검사만 하기" (a dry run: every row checked, nothing saved)
 * and "가져오기" (checked the same way, then saved all or nothing). The check comes first in the
 * form, so Enter only ever checks. A file the server cannot read at all (format, columns, size)
 * is an error at the file field; rows it refuses are listed in the result.
 */
export function ParticipationImportForm() {
  const { t } = useTranslation();
  const clientError = useClientError();
  const upload = useImportParticipations();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<{ fileName: string; dryRun: boolean } | null>(null);

  const unreadable = upload.error instanceof ApiError && upload.error.status === 400;
  const fileErrors: FieldError[] = [
    ...(missing ? [clientError("file", "participationImport.fileMissing")] : []),
    ...(unreadable && upload.error instanceof ApiError
      ? [
          {
            field: "file",
            reason: upload.error.code,
            messageKo: upload.error.messageKo,
            messageEn: upload.error.messageEn,
          },
        ]
      : []),
  ];

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    const dryRun = submitter?.getAttribute("value") !== "import";
    if (!file) {
      setMissing(true);
      upload.reset();
      return;
    }
    setMissing(false);
    setSent({ fileName: file.name, dryRun });
    upload.mutate({ file, dryRun });
  }

  const pending = upload.isPending;
  return (
    <>
      <section className="page-section" aria-labelledby="participation-import-upload">
        <h2 id="participation-import-upload" className="section-title section-title--small">
          {t("participationImport.uploadTitle")}
        </h2>
        <form className="form participation-import-form" onSubmit={submit} noValidate>
          <ErrorSummary
            fields={fileErrors}
            error={unreadable ? null : upload.error}
            keys={["file"]}
            labels={{ file: t("participationImport.fileLabel") }}
            attempt={attempt}
          />
          <Field
            fieldKey="file"
            label={t("participationImport.fileLabel")}
            hint={t("participationImport.fileHint")}
            errors={fileErrors}
            required
          >
            {(props) => (
              <input
                {...props}
                type="file"
                name="file"
                accept={ACCEPT}
                className="input input--file"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setMissing(false);
                  upload.reset();
                }}
              />
            )}
          </Field>
          <p className="field__hint">{t("participationImport.actionsHint")}</p>
          <div className="form-actions">
            <button
              type="submit"
              value="check"
              className="button button--secondary"
              disabled={pending}
              aria-busy={pending && sent?.dryRun ? true : undefined}
            >
              {pending && sent?.dryRun ? t("participationImport.checking") : t("participationImport.check")}
            </button>
            <button
              type="submit"
              value="import"
              className="button button--primary"
              disabled={pending}
              aria-busy={pending && !sent?.dryRun ? true : undefined}
            >
              {pending && !sent?.dryRun
                ? t("participationImport.importing")
                : t("participationImport.import")}
            </button>
          </div>
        </form>
      </section>
      {upload.data && sent ? <ImportResult outcome={upload.data} fileName={sent.fileName} /> : null}
    </>
  );
}
