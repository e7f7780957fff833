import { makeKeyring } from "../../src/privacy/domain/field-envelope.ts";
import { setFieldKeys } from "../../src/privacy/field-keys.ts";

/**
 * Fixed data keys for tests (never for real data): the test databases are thrown away, and a
 * fixed key keeps the suite from writing a key file anywhere.
 */
export const TEST_DATA_KEY = { id: "test1", key: Buffer.alloc(32, 7) };
export const TEST_DATA_KEY_2 = { id: "test2", key: Buffer.alloc(32, 9) };
/** MAEUL_DATA_KEY's form of TEST_DATA_KEY. */
export const TEST_DATA_KEY_ENV = `${TEST_DATA_KEY.id}:${TEST_DATA_KEY.key.toString("base64")}`;

export const testKeyring = () => makeKeyring([TEST_DATA_KEY]);

/** Makes this test process seal and open personal fields with the test key. */
export function applyTestFieldKeys(): void {
  setFieldKeys(testKeyring());
}
