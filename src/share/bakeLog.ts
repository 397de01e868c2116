export interface CreatedAmi {
  region: string;
  imageId: string;
}

// Gate's GET /bakery/logs/{region}/{id} returns "<pre>" + log + "</pre>" (gate BakeService), sent as a JSON-quoted
// string unless the request asks for text/plain; both forms are accepted, and so is the bare log.
export function bakeLogText(body: unknown): string {
  let text = typeof body === 'string' ? body : '';
  if (text.startsWith('"')) {
    try {
      const decoded: unknown = JSON.parse(text);
      if (typeof decoded === 'string') text = decoded;
    } catch {
      // Not JSON after all: the log itself starts with a quote.
    }
  }
  const wrapped = /^\s*<pre>([\s\S]*)<\/pre>\s*$/.exec(text);
  return wrapped ? wrapped[1] : text;
}

// Colour codes, as Packer prints them without -color=false.
const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g');
// Packer's -timestamp-ui puts an RFC 3339 time before every line.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?:\s?/;

export function logLines(log: string): string[] {
  return log.split(/\r?\n/).map((line) => line.replace(ANSI_ESCAPE, '').replace(TIMESTAMP, '').trimEnd());
}

const SUMMARY = /^-->\s+[^:]+:\s+AMIs were created:\s*$/;
const AMI_LINE = /^\s*([a-z]{2}(?:-[a-z]+)+-\d+):\s+(ami-[0-9a-f]{8,17})\s*$/;

// After "Builds finished", packer-plugin-amazon's Artifact.String() prints "AMIs were created:" and one
// "region: ami-…" line per region, sorted by region (common/artifact.go); a build with several builders prints one
// such block each.
export function createdAmis(log: string): CreatedAmi[] {
  const amis: CreatedAmi[] = [];
  let inSummary = false;
  for (const line of logLines(log)) {
    if (SUMMARY.test(line)) {
      inSummary = true;
      continue;
    }
    const ami = inSummary ? AMI_LINE.exec(line) : null;
    if (ami) {
      if (!amis.some((known) => known.region === ami[1] && known.imageId === ami[2])) {
        amis.push({ region: ami[1], imageId: ami[2] });
      }
    } else if (line.trim() !== '') {
      inSummary = false;
    }
  }
  return amis;
}
