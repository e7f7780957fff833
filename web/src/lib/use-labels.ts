import { useTranslation } from "react-i18next";
import { PROGRAM_CATALOGUE } from "../../../src/programs/domain/program-catalogue.ts";
import { CERTIFICATES, SKILLS } from "../../../src/shared/domain/skill-catalogue.ts";
import { useLanguage } from "../i18n/use-language.ts";

const skillByCode = new Map<string, { ko: string; en: string }>(SKILLS.map((s) => [s.code, s]));
const certificateByCode = new Map<string, { ko: string; en: string }>(CERTIFICATES.map((c) => [c.code, c]));
const programByCode = new Map<string, { nameKo: string; nameEn: string }>(
  PROGRAM_CATALOGUE.map((p) => [p.code, p]),
);

/**
 * Labels for vocabulary codes. Enum labels live in the locale files; skills, certificates and
 * programs carry their Korean and English names in the shared catalogues.
 */
export function useLabels() {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const vocab = (group: string) => (code: string) => t(`vocab.${group}.${code}`, { defaultValue: code });
  return {
    category: vocab("category"),
    kind: vocab("kind"),
    status: vocab("status"),
    group: vocab("group"),
    remote: vocab("remote"),
    orgType: vocab("orgType"),
    skill: (code: string) => {
      const s = skillByCode.get(code);
      return s ? pick(s.ko, s.en) : code;
    },
    certificate: (code: string) => {
      const c = certificateByCode.get(code);
      return c ? pick(c.ko, c.en) : code;
    },
    program: (code: string) => {
      const p = programByCode.get(code);
      return p ? pick(p.nameKo, p.nameEn) : code;
    },
  };
}
