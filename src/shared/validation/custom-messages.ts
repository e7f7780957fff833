/**
 * Messages for the checks that zod cannot word by itself. A refinement sets `message` to one of
 * these keys and passes the figures in `params`; the same key is the field error's `reason`.
 */
type Params = Record<string, unknown>;
type Catalogue = Record<string, (p: Params) => { messageKo: string; messageEn: string }>;

const MESSAGES: Catalogue = {
  invalid_time: () => ({
    messageKo: "시간은 30분 단위의 HH:MM 형식이어야 합니다 (예: 09:30).",
    messageEn: "Times must be HH:MM on the half hour (e.g. 09:30).",
  }),
  end_before_start: () => ({
    messageKo: "종료 시각은 시작 시각보다 늦어야 합니다.",
    messageEn: "The end time must be after the start time.",
  }),
  end_date_before_start: () => ({
    messageKo: "종료일은 시작일과 같거나 늦어야 합니다.",
    messageEn: "The end date must be on or after the start date.",
  }),
  invalid_date: () => ({
    messageKo: "날짜는 YYYY-MM-DD 형식의 실제 날짜여야 합니다.",
    messageEn: "Dates must be real dates in YYYY-MM-DD form.",
  }),
  hours_exceed_schedule: (p) => ({
    messageKo: `주당 시간(${p.hours}시간)이 근무 시간표의 합(${p.scheduled}시간)보다 많습니다.`,
    messageEn: `Hours per week (${p.hours}) exceed the hours in the schedule (${p.scheduled}).`,
  }),
  below_minimum_wage: (p) => ({
    messageKo: `시급이 ${p.year}년 최저임금(${Number(p.minimum).toLocaleString("ko-KR")}원)보다 낮습니다.`,
    messageEn: `The hourly wage is below the ${p.year} minimum wage (KRW ${Number(p.minimum).toLocaleString("en")}).`,
  }),
  place_required: () => ({
    messageKo: "현장 근무는 장소 이름과 좌표가 필요합니다. 원격 근무라면 '원격'을 선택해 주세요.",
    messageEn: "On-site work needs a place name and coordinates; choose remote if it is remote work.",
  }),
  unknown_code: (p) => ({
    messageKo: `목록에 없는 값입니다: ${p.value}`,
    messageEn: `Not a known value: ${p.value}`,
  }),
  duplicate_values: () => ({
    messageKo: "같은 값이 두 번 들어 있습니다.",
    messageEn: "The list contains the same value twice.",
  }),
  near_needs_all: () => ({
    messageKo: "거리 검색에는 위도(lat), 경도(lng), 반경(radiusKm)이 모두 필요합니다.",
    messageEn: "A distance search needs lat, lng and radiusKm together.",
  }),
  looks_like_rrn: () => ({
    messageKo: "주민등록번호는 입력하지 마세요. 마을은 주민등록번호를 수집하지 않습니다.",
    messageEn: "Do not enter a resident registration number; Maeul never collects it.",
  }),
  distance_below_100m: () => ({
    messageKo: "거리는 0 또는 0.1km 이상이어야 합니다.",
    messageEn: "The distance must be 0 or at least 0.1 km.",
  }),
  invalid_phone: () => ({
    messageKo: "전화번호 형식이 올바르지 않습니다 (예: 010-1234-5678).",
    messageEn: "Not a valid phone number (e.g. 010-1234-5678).",
  }),
};

export function hasCustomMessage(key: string): boolean {
  return Object.hasOwn(MESSAGES, key);
}

export function customMessage(key: string, params: Params): { messageKo: string; messageEn: string } {
  const message = MESSAGES[key];
  return message
    ? message(params)
    : { messageKo: "올바르지 않은 값입니다.", messageEn: key || "Invalid value." };
}
