// Python graph libraries for the interop tests: the first python3 that can
// import a module (the default one, then Debian's, where apt installs
// python3-networkx, python3-igraph and python3-graph-tool).
import { execFileSync, spawnSync } from 'node:child_process';

const cache = new Map<string, string | null>();

/** A python3 that imports `module`, or null (the caller skips, saying why). */
export function pythonWith(module: string): string | null {
  if (!cache.has(module)) {
    const found = ['python3', '/usr/bin/python3'].find((candidate) => spawnSync(candidate, ['-c', `import ${module}`], { encoding: 'utf8' }).status === 0);
    cache.set(module, found ?? null);
  }
  return cache.get(module)!;
}

/** Runs a Python script with arguments; returns its stdout (throws with its stderr on failure). */
export function runPython(python: string, script: string, args: string[]): string {
  return execFileSync(python, ['-c', script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
}

export const APT_PACKAGE: Record<string, string> = { networkx: 'python3-networkx', igraph: 'python3-igraph', graph_tool: 'python3-graph-tool' };
