import { session } from '../session/session-store';

/**
 * Saves what the browser holds as a file (a CSV from the API, a PDF just fetched): an object URL
 * and a link with `download`, so nothing leaves this origin and no token goes into a URL.
 */
export function saveFile(name: string, content: Blob | string, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * GETs a file from one of the API's own routes (a brochure's PDF) with the session's access token,
 * renewing it first when it is about to end, like the GraphQL client does. Throws with the HTTP
 * status and the API's message when the answer is not the file.
 */
export async function fetchFile(path: string): Promise<Blob> {
  if (session.needsRefresh()) await session.refresh();
  const get = () => fetch(path, { headers: { Authorization: `Bearer ${session.accessToken() ?? ''}` }, credentials: 'same-origin' });
  let res = await get();
  if (res.status === 401 && (await session.refresh())) res = await get();
  if (!res.ok) {
    const text = await res.text();
    let message = text;
    try {
      message = (JSON.parse(text) as { message?: string }).message ?? text;
    } catch {
      /* plain text */
    }
    throw new Error(`${res.status}: ${message}`);
  }
  return res.blob();
}
