// `--allow-host NAME` (kg serve, kg start): extra host names the server answers
// to, checked here so a typo such as a URL or a port is a usage error.
import { UsageError } from '../errors.ts';
import { listFlag, type ParsedArgs } from './args.ts';

/** --allow-host values: host names or addresses, no scheme, path or port. */
export function allowHostFlags(args: ParsedArgs, command: string): string[] {
  const names = listFlag(args, 'allow-host');
  for (const name of names) {
    if (!/^(\[[0-9a-f:.]+\]|[0-9a-f:]*:[0-9a-f:.]+|[a-z0-9_.-]+)$/i.test(name.trim())) {
      throw new UsageError(`kg ${command}: --allow-host expects a host name such as myhost.lan or 192.168.1.5 (no scheme, port or path), got "${name}"`);
    }
  }
  return names.map((n) => n.trim());
}
