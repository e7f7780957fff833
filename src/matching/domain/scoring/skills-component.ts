/**
 * Skills and certificates: a required one the resident lacks excludes the pair (the item cannot
 * be done safely or lawfully without it, e.g. 요양보호사 for personal care); the share of asked-for
 * (required and preferred) ones the resident holds is the fit. An item that asks for nothing is
 * neither a match nor a miss.
 */
import { type CatalogueEntry, CERTIFICATES, SKILLS } from "../../../shared/domain/skill-catalogue.ts";
import type { ResidentFeatures, WorkItemFeatures } from "./match-features.ts";
import { COMPONENT, FAILURE, type MatchMeasures } from "./match-measures.ts";
import type { Words } from "./match-vocabulary.ts";
import type { MatchWeights } from "./match-weights.ts";
import { popcount32 } from "./slot-words.ts";

export function measureSkills(
  r: ResidentFeatures,
  w: WorkItemFeatures,
  weights: MatchWeights,
  m: MatchMeasures,
): void {
  m.missingSkills = (w.requiredSkills & ~r.skills) >>> 0;
  m.missingCertificates = (w.requiredCertificates & ~r.certificates) >>> 0;
  if (m.missingSkills) m.failures |= FAILURE.required_skill;
  if (m.missingCertificates) m.failures |= FAILURE.required_certificate;
  const askedSkills = (w.requiredSkills | w.preferredSkills) >>> 0;
  const askedCertificates = (w.requiredCertificates | w.preferredCertificates) >>> 0;
  m.heldSkills = (askedSkills & r.skills) >>> 0;
  m.heldCertificates = (askedCertificates & r.certificates) >>> 0;
  const asked = popcount32(askedSkills) + popcount32(askedCertificates);
  const held = popcount32(m.heldSkills) + popcount32(m.heldCertificates);
  m.fit[COMPONENT.skills] = asked === 0 ? weights.noRequirementSkillsFit : held / asked;
}

function names(catalogue: readonly CatalogueEntry[], mask: number): Words {
  const entries = catalogue.filter((_, i) => mask & (1 << i));
  return { ko: entries.map((e) => e.ko).join("·"), en: entries.map((e) => e.en).join(", ") };
}

export function explainSkills(w: WorkItemFeatures, m: MatchMeasures): Words {
  const asked =
    (w.requiredSkills | w.preferredSkills | w.requiredCertificates | w.preferredCertificates) !== 0;
  if (!asked) return { ko: "필요한 자격·기술 없음", en: "No skills or certificates asked for" };
  const parts: Words[] = [];
  const held = skillsHighlight(m);
  if (held) parts.push(held);
  const lacking = {
    certificates: (w.preferredCertificates & ~m.heldCertificates & ~w.requiredCertificates) >>> 0,
    skills: (w.preferredSkills & ~m.heldSkills & ~w.requiredSkills) >>> 0,
  };
  if (lacking.skills || lacking.certificates) {
    const missing = [names(CERTIFICATES, lacking.certificates), names(SKILLS, lacking.skills)].filter(
      (n) => n.ko,
    );
    parts.push({
      ko: `우대 사항 없음: ${missing.map((n) => n.ko).join("·")}`,
      en: `Lacks preferred ${missing.map((n) => n.en).join(", ")}`,
    });
  }
  return { ko: parts.map((p) => p.ko).join(", "), en: parts.map((p) => p.en).join("; ") };
}

export function skillsFailure(key: "required_skill" | "required_certificate", m: MatchMeasures): Words {
  if (key === "required_certificate") {
    const missing = names(CERTIFICATES, m.missingCertificates);
    return { ko: `필요한 자격 없음: ${missing.ko}`, en: `Missing required certificate: ${missing.en}` };
  }
  const missing = names(SKILLS, m.missingSkills);
  return { ko: `필요한 기술 없음: ${missing.ko}`, en: `Missing required skill: ${missing.en}` };
}

/** The held asked-for skills and certificates in the summary line ("요양보호사 자격 보유"). */
export function skillsHighlight(m: MatchMeasures): Words | null {
  if (!m.heldSkills && !m.heldCertificates) return null;
  const parts: Words[] = [];
  if (m.heldCertificates) {
    const held = names(CERTIFICATES, m.heldCertificates);
    parts.push({ ko: `${held.ko} 자격 보유`, en: `holds ${held.en}` });
  }
  if (m.heldSkills) {
    const held = names(SKILLS, m.heldSkills);
    parts.push({ ko: `${held.ko} 가능`, en: `can do ${held.en}` });
  }
  const en = parts.map((p) => p.en).join("; ");
  return { ko: parts.map((p) => p.ko).join(", "), en: en.charAt(0).toUpperCase() + en.slice(1) };
}
