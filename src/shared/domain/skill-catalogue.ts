/**
 * The shared vocabulary of skills and certificates that work items ask for and residents
 * declare. Codes (not free text) so that matching compares like with like; each code carries its
 * Korean and English label because the catalogue is data that officers will extend.
 */
export interface CatalogueEntry {
  code: string;
  ko: string;
  en: string;
}

export const SKILLS = [
  { code: "driving", ko: "운전", en: "Driving" },
  { code: "computer_basics", ko: "컴퓨터 활용", en: "Computer basics" },
  { code: "smartphone_teaching", ko: "스마트폰 활용 교육", en: "Teaching smartphone use" },
  { code: "office_admin", ko: "사무 행정", en: "Office administration" },
  { code: "data_entry", ko: "자료 입력", en: "Data entry" },
  { code: "cooking", ko: "조리", en: "Cooking" },
  { code: "cleaning", ko: "청소·미화", en: "Cleaning" },
  { code: "gardening", ko: "조경·원예", en: "Gardening" },
  { code: "carpentry", ko: "목공", en: "Carpentry" },
  { code: "electrical_repair", ko: "전기 수리", en: "Electrical repair" },
  { code: "plumbing", ko: "배관 수리", en: "Plumbing" },
  { code: "painting", ko: "도장·벽화", en: "Painting and murals" },
  { code: "childcare", ko: "아동 돌봄", en: "Childcare" },
  { code: "elder_care", ko: "어르신 돌봄", en: "Elder care" },
  { code: "disability_support", ko: "장애인 활동 지원", en: "Disability support" },
  { code: "counselling", ko: "상담", en: "Counselling" },
  { code: "tutoring", ko: "학습 지도", en: "Tutoring" },
  { code: "foreign_language", ko: "외국어", en: "Foreign language" },
  { code: "sign_language", ko: "수어", en: "Sign language" },
  { code: "event_planning", ko: "행사 기획", en: "Event planning" },
  { code: "arts_crafts", ko: "공예·미술", en: "Arts and crafts" },
  { code: "music", ko: "음악", en: "Music" },
  { code: "sports_coaching", ko: "생활체육 지도", en: "Sports coaching" },
  { code: "patrol", ko: "순찰·안전 지도", en: "Safety patrol" },
  { code: "library_work", ko: "도서관 업무", en: "Library work" },
  { code: "recycling", ko: "재활용 분리", en: "Recycling" },
  { code: "photography_video", ko: "사진·영상", en: "Photography and video" },
  { code: "social_media", ko: "SNS 홍보", en: "Social media" },
] as const satisfies readonly CatalogueEntry[];

export const CERTIFICATES = [
  { code: "care_worker", ko: "요양보호사", en: "Care worker" },
  { code: "social_worker_2", ko: "사회복지사 2급", en: "Social worker (grade 2)" },
  { code: "childcare_teacher", ko: "보육교사", en: "Childcare teacher" },
  { code: "child_safety_guide", ko: "아동안전지도사", en: "Child safety guide" },
  { code: "drivers_licence_1", ko: "1종 보통 운전면허", en: "Driving licence (class 1)" },
  { code: "drivers_licence_2", ko: "2종 보통 운전면허", en: "Driving licence (class 2)" },
  { code: "computer_specialist", ko: "컴퓨터활용능력", en: "Computer specialist" },
  { code: "itq", ko: "ITQ 정보기술자격", en: "ITQ IT certificate" },
  { code: "korean_cook", ko: "한식조리기능사", en: "Korean cuisine cook" },
  { code: "electrician", ko: "전기기능사", en: "Electrician" },
  { code: "landscaping", ko: "조경기능사", en: "Landscaping technician" },
  { code: "sports_instructor", ko: "생활스포츠지도사", en: "Sports instructor" },
  { code: "first_aid", ko: "응급처치 교육 이수", en: "First aid trained" },
  { code: "forest_commentator", ko: "숲해설가", en: "Forest interpreter" },
  { code: "librarian_2", ko: "정사서 2급", en: "Librarian (grade 2)" },
  { code: "after_school_teacher", ko: "방과후지도사", en: "After-school instructor" },
  { code: "counsellor", ko: "청소년상담사", en: "Youth counsellor" },
  { code: "barista", ko: "바리스타", en: "Barista" },
  { code: "cultural_commentator", ko: "문화관광해설사", en: "Cultural heritage guide" },
  { code: "security_guard", ko: "일반경비원 신임교육 이수", en: "Security guard training" },
] as const satisfies readonly CatalogueEntry[];

export type SkillCode = (typeof SKILLS)[number]["code"];
export type CertificateCode = (typeof CERTIFICATES)[number]["code"];

export const SKILL_CODES = SKILLS.map((s) => s.code) as [SkillCode, ...SkillCode[]];
export const CERTIFICATE_CODES = CERTIFICATES.map((c) => c.code) as [CertificateCode, ...CertificateCode[]];
