/**
 * What a walk-in lookup compares, normalised the same way when a record is written and when an
 * officer types the search: names without spaces, in Unicode NFC (a Mac may send 한글 decomposed),
 * Latin letters in lower case; phones by their last four digits, whatever the punctuation.
 */
export function lookupName(name: string): string | null {
  const normalized = name
    .normalize("NFC")
    .replace(/[\s·.]/g, "")
    .toLowerCase();
  return normalized === "" ? null : normalized;
}

export function phoneLast4(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length < 4 ? null : digits.slice(-4);
}
