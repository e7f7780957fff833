/**
 * Masking of personal fields for display (홍*동, 010-****-5678), as Korean public services do.
 * The accounts issue decides who may see them unmasked; until then the API masks always.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return "*";
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${"*".repeat(chars.length - 2)}${chars.at(-1)}`;
}

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 8) return "*".repeat(digits.length);
  const head = digits.slice(0, digits.length === 10 && !digits.startsWith("01") ? 2 : 3);
  const tail = digits.slice(-4);
  return `${head}-****-${tail}`;
}

/** Keeps the 시/군/구 and road or 동 name, hides the rest: "서울 관악구 관악로 1 (…)" → "서울 관악구 관악로 ***". */
export function maskAddress(address: string): string {
  const words = address.trim().split(/\s+/);
  if (words.length <= 2) return "***";
  return `${words.slice(0, 3).join(" ")} ***`;
}
