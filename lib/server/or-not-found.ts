import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** For pages: a use case's NOT_FOUND becomes Next's 404 page; any other error goes on to the error boundary. */
export function orNotFound<T>(promise: Promise<T>): Promise<T> {
  return promise.catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
