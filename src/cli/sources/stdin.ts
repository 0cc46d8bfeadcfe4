import { ThreadlensError } from '../../errors.js';

/** A page piped on stdin; reading stops just past the limit so a huge stream is not held. */
export async function readStdinPage(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new ThreadlensError('input-too-large', `stdin is over the limit of ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
