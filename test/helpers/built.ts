import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { ROOT } from "./cases";

export const WEB = join(ROOT, "dist", "web");

/** A file of the built add-in; `npm test` builds first, so a missing file is a failure, not a skip. */
export function builtFile(name: string): string {
  const p = join(WEB, name);
  if (!existsSync(p)) throw new Error(`${p} saknas: kör 'npm run build' (npm test gör det) innan testerna`);
  return readFileSync(p, "utf8");
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }[];
  result: { type?: string; dimensionality?: string };
}

export function metadata(file = "functions.json"): { functions: FunctionMetadata[] } {
  return JSON.parse(builtFile(file));
}
