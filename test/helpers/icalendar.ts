/**
 * Line by line (RFC 5545 3.1): every line ends with CRLF, the last too; at most 75 octets; a
 * folded line starts with a space or tab; each unfolded line is `NAME[;PARAM=...]:value`, and
 * BEGIN/END pair up from VCALENDAR down.
 */
export function rfc5545Problems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('the last line does not end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(text)) problems.push('a line break that is not CRLF');
  const lines = text.replace(/\r\n$/, '').split('\r\n');
  lines.forEach((line, index) => {
    if (Buffer.byteLength(line) > 75) problems.push(`line ${index + 1} is over 75 octets`);
  });
  const unfolded = text.replace(/\r\n[ \t]/g, '').replace(/\r\n$/, '').split('\r\n');
  const open: string[] = [];
  for (const line of unfolded) {
    if (!/^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*:/.test(line)) problems.push(`not a content line: ${line}`);
    const [name, value] = [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)];
    if (name === 'BEGIN') open.push(value);
    if (name === 'END' && open.pop() !== value) problems.push(`END:${value} closes nothing open`);
  }
  if (unfolded[0] !== 'BEGIN:VCALENDAR' || unfolded.at(-1) !== 'END:VCALENDAR' || open.length > 0) problems.push('not one VCALENDAR');
  return problems;
}
