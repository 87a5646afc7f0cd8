// Which Host headers the server answers. A page on an attacker's domain whose
// DNS name is made to resolve to 127.0.0.1 (DNS rebinding) reaches the local
// server with its own name in Host; answering only to loopback names, the
// bound host and names the user allowed keeps such a page from reading the
// graph and the local paths of documents. Pure: values in, values out.

/** Names a browser on this machine uses to reach a loopback server. */
export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a Host header, lower-cased, without port or trailing dot; IPv6 keeps its brackets. */
export function hostName(header: string): string | undefined {
  const h = header.trim().toLowerCase();
  if (h === '') return undefined;
  let name: string;
  if (h.startsWith('[')) {
    const end = h.indexOf(']');
    if (end < 0) return undefined;
    name = h.slice(0, end + 1);
    const rest = h.slice(end + 1);
    if (rest !== '' && !/^:\d{0,5}$/.test(rest)) return undefined;
  } else {
    const m = /^([^:]+)(?::\d{0,5})?$/.exec(h);
    if (!m) return undefined;
    name = m[1]!;
  }
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** How a host given to --host or --allow-host is written in a Host header (IPv6 in brackets). */
export function headerForm(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  return h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
}

/**
 * The set of accepted host names: loopback, the bound host (unless it is a
 * wildcard address, which no client writes in Host) and the extra names.
 */
export function allowedHosts(boundHost: string, extra: readonly string[] = []): Set<string> {
  const set = new Set(LOOPBACK_HOSTS);
  const bound = headerForm(boundHost);
  if (bound !== '0.0.0.0' && bound !== '[::]' && bound !== '') set.add(bound);
  for (const name of extra) set.add(headerForm(name));
  return set;
}

/** True when a request with this Host header (undefined: none) may be answered. */
export function hostAllowed(header: string | undefined, allowed: ReadonlySet<string>): boolean {
  if (header === undefined) return false;
  const name = hostName(header);
  return name !== undefined && allowed.has(name);
}
