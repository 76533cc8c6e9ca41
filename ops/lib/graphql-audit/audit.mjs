// Runs graphql-http's server audits (the GraphQL-over-HTTP spec's MUST and SHOULD rules) against one URL and prints
// one line per audit. Exit code: 0 when every MUST and SHOULD audit passes, 1 otherwise. Used by ops/graphql-audit.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url of /graphql>');
  process.exit(2);
}
const counts = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  const tally = counts[level] ?? (counts[level] = [0, 0]);
  tally[result.status === 'ok' ? 0 : 1]++;
  const line = `${result.status === 'ok' ? 'ok  ' : result.status.padEnd(4)} ${audit.id} ${audit.name}`;
  console.log(result.status === 'ok' ? line : `${line}\n       ${result.reason}`);
}
for (const [level, [ok, failed]] of Object.entries(counts)) console.log(`${level}: ${ok}/${ok + failed}`);
process.exit(counts.MUST[1] + counts.SHOULD[1] === 0 ? 0 : 1);
