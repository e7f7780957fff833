import type { Db } from "../db/client.ts";
import { AppError } from "../shared/errors.ts";
import { regionExists } from "./region.repository.ts";

/**
 * A 시군구 code that is well-formed but not in the regions table is a 422 on the field, checked
 * before the insert; otherwise the foreign key would fail and surface as a 500.
 */
export async function requireRegion(db: Db, code: string, field = "regionCode"): Promise<void> {
  if (await regionExists(db, code)) return;
  throw new AppError("unprocessable", { ko: "알 수 없는 지역입니다.", en: "Unknown region." }, [
    {
      field,
      reason: "unknown_region",
      messageKo: `등록되지 않은 시군구 코드입니다: ${code}`,
      messageEn: `Not a known 시군구 code: ${code}`,
    },
  ]);
}
