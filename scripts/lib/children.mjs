// Child processes with their log lines prefixed by their name, their last lines kept for error reports, and a
// graceful stop (SIGTERM, then SIGKILL after a grace period).
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

const KEPT_LINES = 40;

/**
 * @param {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, width?: number,
 *   write?: (line: string) => void }} options
 */
export function startChild({ name, command, args, cwd, env, width = name.length, write = (line) => process.stdout.write(line) }) {
  const label = `${name.padEnd(width)} │ `;
  const lastLines = [];
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  const onLine = (line) => {
    lastLines.push(line);
    if (lastLines.length > KEPT_LINES) lastLines.shift();
    write(`${label}${line}\n`);
  };
  createInterface({ input: child.stdout }).on("line", onLine);
  createInterface({ input: child.stderr }).on("line", onLine);

  const exited = new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve({ code, signal }));
    child.on("error", (error) => {
      onLine(`cannot start ${command}: ${error.message}`);
      resolve({ code: null, signal: null, error });
    });
  });
  let stopping = false;

  return {
    name,
    child,
    exited,
    lastLines: () => [...lastLines],
    get stopping() {
      return stopping;
    },
    /** SIGTERM, then SIGKILL if still running after `graceMs`. Resolves when the process is gone. */
    async stop(graceMs = 15_000) {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}
