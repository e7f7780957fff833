import { josa } from "es-hangul";

export type JosaOption = Parameters<typeof josa.pick>[1];

/** How the digits are read (일, 이, 삼 …): a word ending in a digit takes the particle of its reading. */
const DIGIT_READINGS = "영일이삼사오육칠팔구";
/** The combined forms Korean interfaces print when the reading is unknown: 이(가), (으)로 … */
const UNKNOWN_READING: Record<JosaOption, string> = {
  "이/가": "이(가)",
  "을/를": "을(를)",
  "은/는": "은(는)",
  "으로/로": "(으)로",
  "와/과": "와(과)",
  "이나/나": "(이)나",
  "이란/란": "(이)란",
  "아/야": "아(야)",
  "이랑/랑": "(이)랑",
  "이에요/예요": "이에요(예요)",
  "으로서/로서": "(으)로서",
  "으로써/로써": "(으)로써",
  "으로부터/로부터": "(으)로부터",
  "이라/라": "(이)라",
};

const HANGUL_SYLLABLE = /[가-힣]/;

/**
 * The syllable a particle must agree with: the last one read aloud. A closing parenthetical is
 * not read before the particle ("노인일자리(공익활동형)" is read as 노인일자리), nor are closing
 * quotes, brackets and spaces.
 */
function readingEnd(word: string): string | undefined {
  let rest = word.trim();
  for (;;) {
    const stripped = rest
      .replace(/\s*\([^()]*\)\s*$/u, "")
      .replace(/[\s"'”’」』》〉\]]+$/u, "")
      .trim();
    if (stripped === rest || stripped === "") break;
    rest = stripped;
  }
  const last = [...rest].at(-1);
  if (last === undefined) return undefined;
  if (HANGUL_SYLLABLE.test(last)) return last;
  if (/[0-9]/.test(last)) return DIGIT_READINGS[Number(last)];
  return undefined;
}

/**
 * `word` followed by the particle that agrees with it: 사업이, 일자리가, 관악구청으로, 서울로,
 * 3번이. Built on es-hangul's josa (받침 and the ㄹ rule of 으로/로). A word whose end is not
 * Hangul or a digit (a Latin name) gets the combined form, 이(가), as Korean forms print it.
 */
export function withJosa(word: string, option: JosaOption): string {
  const end = readingEnd(word);
  if (end === undefined) return `${word}${UNKNOWN_READING[option]}`;
  return `${word}${josa.pick(end, option)}`;
}
