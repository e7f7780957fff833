/** Preferences kept in the browser only (localStorage): the language and the large-text mode. */
export type Language = "ko" | "en";

const LANGUAGE_KEY = "maeul.language";
const LARGE_TEXT_KEY = "maeul.largeText";

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private mode or storage disabled: the preference lasts for this page only.
  }
}

export function storedLanguage(): Language {
  return read(LANGUAGE_KEY) === "en" ? "en" : "ko";
}

export function storeLanguage(language: Language) {
  write(LANGUAGE_KEY, language);
}

export function storedLargeText(): boolean {
  return read(LARGE_TEXT_KEY) === "1";
}

export function storeLargeText(on: boolean) {
  write(LARGE_TEXT_KEY, on ? "1" : "0");
}

export function applyLargeText(on: boolean) {
  document.documentElement.classList.toggle("large-text", on);
}
