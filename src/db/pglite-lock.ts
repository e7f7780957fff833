import fs from "node:fs";
import path from "node:path";

/**
 * PGlite is one process's database: a second process opening the same directory (say
 * `npx maeul db seed` while `npm start` runs) could corrupt it. A lock file with the owner's pid
 * refuses that with a clear message; a lock left by a process that has died is taken over.
 */
export function acquirePgliteLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "maeul.lock");
  const owner = readOwner(lockFile);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw new Error(
      `The embedded database in ${dataDir} is in use by another Maeul process (pid ${owner}), for example ` +
        "`npm start`. Stop it first, or point MAEUL_DATA_DIR elsewhere, or use DATABASE_URL for a server database. " +
        `/ 내장 데이터베이스(${dataDir})를 다른 마을 프로세스(pid ${owner})가 쓰고 있습니다. 먼저 종료해 주세요.`,
    );
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => {
    if (readOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

function readOwner(lockFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(lockFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
