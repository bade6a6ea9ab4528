import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { readLimitedBody } from "./read-body";

const MAX_BYTES = 256 * 1024;

/** Reads and validates a JSON request body; bad input is an INVALID_INPUT error naming the first problem. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  const body = await readLimitedBody(request, MAX_BYTES);
  if (!body.ok) throw new AppError("INVALID_INPUT", "The body is larger than {max} bytes.", { values: { max: MAX_BYTES } });
  let json: unknown;
  try {
    json = JSON.parse(body.text || "null");
  } catch {
    throw new AppError("INVALID_INPUT", "The body is not JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("INVALID_INPUT", "{field}: {problem}", { values: { field: issue.path.join(".") || "body", problem: issue.message } });
  }
  return parsed.data;
}
