import type { Command } from "commander";
import { readConfig } from "../config.ts";
import { formatDataKeyList, generateDataKey } from "../privacy/domain/data-keys.ts";
import { loadKeyring } from "../privacy/field-keys.ts";
import { keyUsage } from "../privacy/reencrypt.ts";
import { pruneUnusedKeys, rotateDataKeys, unusedKeys } from "../privacy/rotate-keys.ts";
import { lookupKeyUsage } from "../residents/resident-lookups.step.ts";
import { withDatabase } from "./with-database.ts";

/** `maeul keys …`: the data keys that encrypt personal fields (docs/decisions/0005). */
export function registerKeysCommands(program: Command) {
  const keys = program.command("keys").description("Data keys for personal data encrypted at rest");

  keys
    .command("status")
    .description("Show the configured key ids and how many stored values each one sealed")
    .action(async () => {
      const config = readConfig();
      const loaded = loadKeyring(config);
      const source = loaded.source.kind === "env" ? "MAEUL_DATA_KEY" : loaded.source.path;
      await withDatabase(async (database) => {
        const usage = await keyUsage(database.db);
        const perKey = new Map<string | null, number>();
        for (const u of usage) perKey.set(u.keyId, (perKey.get(u.keyId) ?? 0) + u.values);
        console.log(`keys from ${source} (${database.kind}); current: ${loaded.keyring.current.id}`);
        // Blind indexes (decision 0010) keep a key in use too, though they seal nothing.
        const lookups = await lookupKeyUsage(database.db);
        const unused = new Set(unusedKeys(loaded.keyring, [...usage, ...lookups]));
        for (const id of loaded.keyring.byId.keys()) {
          const mark = id === loaded.keyring.current.id ? "current" : unused.has(id) ? "unused" : "old";
          console.log(`  ${id.padEnd(24)} ${mark.padEnd(8)} ${perKey.get(id) ?? 0} values`);
        }
        for (const [id, n] of perKey) {
          if (id !== null && !loaded.keyring.byId.has(id)) {
            console.log(
              `  ${id.padEnd(24)} MISSING  ${n} values (this key is not configured: they cannot be read)`,
            );
          }
        }
        const plaintext = perKey.get(null) ?? 0;
        if (plaintext > 0)
          console.log(`  plaintext: ${plaintext} values not yet encrypted (run: maeul keys rotate)`);
        for (const u of usage) {
          console.log(`    ${u.table}.${u.column} ${u.keyId ?? "(plaintext)"}: ${u.values}`);
        }
        for (const l of lookups) console.log(`    resident lookups (blind index) ${l.keyId}: ${l.values}`);
        if (unused.size > 0) {
          console.log(
            loaded.source.kind === "file"
              ? `unused keys can be removed with: maeul keys prune`
              : `unused keys can be removed from MAEUL_DATA_KEY: ${[...unused].join(", ")}`,
          );
        }
      });
    });

  keys
    .command("rotate")
    .description(
      "Make a new current key (key file) or take MAEUL_DATA_KEY's first key, and re-encrypt every value with it (resumable)",
    )
    .option("--batch-size <n>", "rows per transaction", (v) => Number.parseInt(v, 10), 500)
    .action(async (options: { batchSize: number }) => {
      const config = readConfig();
      await withDatabase(async (database) => {
        const result = await rotateDataKeys(database.db, config, {
          batchSize: options.batchSize,
          log: (line) => console.log(`  ${line}`),
        });
        if (result.resumed) {
          console.log(
            `finished an interrupted rotation to ${result.currentKeyId} (no new key made; run again for a new key)`,
          );
        }
        for (const c of result.counts) {
          console.log(
            `${c.table}: ${c.rows} rows rewritten, ${c.reencrypted} values re-encrypted, ${c.encrypted} plaintext values encrypted, ${c.batches} batches`,
          );
        }
        console.log(
          `every value is now under ${result.currentKeyId} (${result.source === "env" ? "MAEUL_DATA_KEY" : "key file"})`,
        );
        if (result.unusedKeyIds.length > 0) {
          console.log(
            result.source === "file"
              ? `no value uses ${result.unusedKeyIds.join(", ")} any more: remove with \`maeul keys prune\` once backups made with it have expired`
              : `no value uses ${result.unusedKeyIds.join(", ")} any more: remove from MAEUL_DATA_KEY once backups made with it have expired`,
          );
        }
      });
    });

  keys
    .command("prune")
    .description("Remove from the key file the keys no stored value uses (never the current one)")
    .action(async () => {
      const config = readConfig();
      await withDatabase(async (database) => {
        const { removed, kept } = await pruneUnusedKeys(database.db, config);
        console.log(
          removed.length > 0 ? `removed ${removed.join(", ")}; kept ${kept.join(", ")}` : "no unused keys",
        );
      });
    });

  keys
    .command("generate")
    .description("Print a new random key in MAEUL_DATA_KEY form (for a server deployment's secret store)")
    .action(() => {
      console.log(formatDataKeyList([generateDataKey()]));
    });
}
