// The address of the client that sent a request, for sign-in throttling and the audit log.
// Without a trusted proxy: the socket's peer, whatever X-Forwarded-For says (anyone can send that header).
// Behind a trusted proxy (TRUST_PROXY=true): the LAST X-Forwarded-For entry, the one the proxy appended itself;
// the entries before it came from the client and prove nothing.
export const CLIENT_ADDRESS_HEADER = "x-vigie-client-address";

/** @param {{ socket: string | undefined; forwardedFor: string | string[] | undefined; trustProxy: boolean }} input */
export function clientAddress({ socket, forwardedFor, trustProxy }) {
  const peer = normalise(socket);
  if (!trustProxy) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = header.split(",").map((h) => h.trim()).filter(Boolean);
  const last = hops.at(-1);
  return last && /^[0-9a-fA-F:.]{2,45}$/.test(last) ? normalise(last) : peer;
}

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
function normalise(address) {
  if (!address) return "unknown";
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}
