import type { OrganizationType } from "../../organizations/domain/organization-types.ts";
import type { SeededRandom } from "../../shared/domain/seeded-random.ts";
import type { DistrictNames } from "./demo-region.ts";
import type { DemoScale } from "./demo-scale.ts";

/** One institution to generate: its type, a plausible Korean name and a one-line description. */
export interface OrganizationPlan {
  type: OrganizationType;
  name: string;
  description: string;
}

const SCHOOL_WORDS = [
  "한빛",
  "새솔",
  "푸른솔",
  "햇빛",
  "은행나무",
  "솔밭",
  "느티",
  "별빛",
  "샘터",
  "누리",
  "해오름",
  "중앙",
  "동부",
  "서부",
  "남부",
  "신흥",
];
const COMMUNITY_WORDS = [
  "햇살마을",
  "느티나무",
  "두레",
  "온새미로",
  "함께걷는길",
  "다정한이웃",
  "마중물",
  "꽃담",
  "도란도란",
  "이음",
  "어울림",
  "나눔터",
];
const SOCIAL_ENTERPRISE_WORDS = [
  "함께짓는집",
  "초록살림",
  "다온돌봄",
  "늘푸른환경",
  "행복도시락",
  "우리동네수리점",
  "모두의배움",
  "소리나눔",
  "한땀공방",
  "새날클린",
];
const VILLAGE_ENTERPRISE_WORDS = [
  "참기름방앗간",
  "손두부공방",
  "로컬푸드장터",
  "된장학교",
  "꽃차농원",
  "마을밥상",
  "햇살텃밭",
];
const COOPERATIVE_WORDS = ["늘봄", "다함께돌봄", "마을배움", "이웃집수리", "건강한밥상", "초록자전거"];

const SUFFIX = " (데모용 가상 기관)";

/**
 * The institutions of one district. The core set exists everywhere (구청/시청/군청, 보건소, a
 * senior welfare centre, a school, 시니어클럽, 지역자활센터, a village community, a social
 * enterprise); the full set adds more schools and welfare centres with population, a culture
 * foundation (or 문화원 in a small place), a sports centre, a job centre and social-economy
 * enterprises, with more village enterprises in the countryside.
 */
export function planOrganizations(
  names: DistrictNames,
  population: number,
  random: SeededRandom,
  scale: DemoScale,
): OrganizationPlan[] {
  const { district, stem, residentsWord, office } = names;
  const plans: OrganizationPlan[] = [];
  const add = (type: OrganizationType, name: string, what: string) =>
    plans.push({ type, name, description: `${what}${SUFFIX}` });
  const full = scale.organizations === "full";
  const rural = district.endsWith("군");

  add("local_government", office, `${district}의 공공일자리 사업을 총괄하고 행정복지센터 일감을 등록합니다.`);
  add(
    "health_centre",
    `${district} 보건소`,
    `${residentsWord} 건강증진, 방문 건강관리, 감염병 예방 사업을 운영합니다.`,
  );
  add(
    "welfare_centre",
    `${stem}노인종합복지관`,
    "어르신 여가·돌봄·일자리 프로그램을 운영하는 노인복지관입니다.",
  );
  const schools = random.sample(SCHOOL_WORDS, full ? Math.min(5, 2 + Math.floor(population / 150_000)) : 1);
  schools.forEach((word, i) => {
    const middle = full && i === schools.length - 1 && schools.length > 2;
    add(
      "school",
      `${word}${middle ? "중학교" : "초등학교"}`,
      middle ? "지역 중학교입니다." : "방과후 돌봄교실을 운영하는 지역 초등학교입니다.",
    );
  });
  add(
    "senior_club",
    `${stem}시니어클럽`,
    "노인일자리 사업(공익활동·사회서비스형·시장형)을 수행하는 기관입니다.",
  );
  add(
    "self_sufficiency_centre",
    `${stem}지역자활센터`,
    "자활근로 사업단(집수리·청소·도시락 등)을 운영합니다.",
  );
  add(
    "village_community",
    `마을공동체 ${random.pick(COMMUNITY_WORDS)}`,
    "주민이 함께 골목과 마을을 가꾸는 마을공동체입니다.",
  );
  add(
    "social_enterprise",
    `(사회적기업) ${random.pick(SOCIAL_ENTERPRISE_WORDS)}`,
    "취약계층을 고용하여 지역 서비스를 제공하는 인증 사회적기업입니다.",
  );
  if (!full) return plans;

  if (population > 200_000) {
    add("local_government", `${stem}시설관리공단`, "체육·주차·문화 시설을 관리하는 지방공기업입니다.");
  }
  add("welfare_centre", `${stem}종합사회복지관`, "지역 주민의 복지 상담과 사례관리, 평생교육을 제공합니다.");
  if (population > 100_000) {
    add("welfare_centre", `${stem}장애인복지관`, "장애인의 재활과 사회참여, 직업 지원을 돕습니다.");
  }
  if (population >= 150_000) {
    add("culture_foundation", `${stem}문화재단`, "지역 축제와 작은도서관, 문화예술 교육을 운영합니다.");
  } else {
    add("culture_foundation", `${stem}문화원`, "지역 문화유산과 향토사, 문화 강좌를 운영합니다.");
  }
  const sportsStem = stem === district ? district.slice(0, -1) : stem;
  add(
    "sports_facility",
    `${sportsStem}${residentsWord}체육센터`,
    `${residentsWord}을 위한 수영장·체육관·생활체육 교실을 운영합니다.`,
  );
  add("job_centre", `${district} 일자리센터`, "구인·구직 상담과 취업 알선, 공공일자리 안내를 합니다.");
  const communities = random.sample(COMMUNITY_WORDS, random.int(0, 2));
  for (const word of communities) {
    if (!plans.some((p) => p.name.endsWith(word))) {
      add("village_community", `마을공동체 ${word}`, "주민 모임이 운영하는 마을공동체입니다.");
    }
  }
  for (const word of random.sample(SOCIAL_ENTERPRISE_WORDS, random.int(0, 2))) {
    if (!plans.some((p) => p.name.endsWith(word))) {
      add(
        "social_enterprise",
        `(사회적기업) ${word}`,
        "지역에서 사회서비스를 제공하는 (예비)사회적기업입니다.",
      );
    }
  }
  for (const word of random.sample(VILLAGE_ENTERPRISE_WORDS, rural ? 2 : 1)) {
    add(
      "village_enterprise",
      `(마을기업) ${stem} ${word}`,
      "지역 자원을 활용해 주민이 함께 운영하는 마을기업입니다.",
    );
  }
  for (const word of random.sample(COOPERATIVE_WORDS, random.int(1, 2))) {
    add(
      "cooperative",
      `${word}사회적협동조합`,
      "돌봄·교육·수리 등 지역 서비스를 제공하는 사회적협동조합입니다.",
    );
  }
  return plans;
}
