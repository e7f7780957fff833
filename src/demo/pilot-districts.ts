/**
 * The ten pilot districts of the default demo, chosen for variety: a Seoul 구, a large and a
 * mid-size 경기 city (수원시 through its 팔달구; 양주시), a 광역시 구, a young science district,
 * 세종, a Jeju city and rural 군 in three provinces. 관악구, 수원시 and 양주시 appear in the
 * source documents (seeds 001, 003, 004).
 */
export const PILOT_DISTRICTS = [
  { code: "11620", why: "서울 관악구: dense Seoul 구, many young single-person households (seed 003)" },
  { code: "41115", why: "경기 수원시 팔달구: large 경기 city, old town centre (seed 004)" },
  { code: "41630", why: "경기 양주시: mid-size 경기 city with new towns and farmland (seed 001)" },
  { code: "26350", why: "부산 해운대구: 광역시 구, coastal, ageing fast" },
  { code: "30200", why: "대전 유성구: young science and university district" },
  { code: "36110", why: "세종특별자치시: new administrative city, young families" },
  { code: "50130", why: "제주 서귀포시: tourism and agriculture, seasonal work" },
  { code: "47730", why: "경북 의성군: rural 군, one of the oldest populations in Korea" },
  { code: "44790", why: "충남 청양군: rural 군, small and ageing" },
  { code: "51720", why: "강원 홍천군: rural 군, the largest by area" },
] as const;

export const PILOT_DISTRICT_CODES: string[] = PILOT_DISTRICTS.map((d) => d.code);
