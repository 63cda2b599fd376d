// What /archive needs from the outside, passed in deps by the entry point: fetching an attachment (an adapter with
// a size cap and a content-type check) and changing the corpus (under the manifest lock, then the live swap).

/** An attachment as the adapter describes it (Discord's url, file name, size in bytes, content type). */
export interface AttachmentRef {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

export interface ArchiveAddRequest {
  file: string;
  bytes: Uint8Array;
  url: string;
  outlet: string;
  title: string | null;
  published: string | null;
}

export type ArchiveAdded =
  | { ok: true; file: string; title: string | null; passages: number; speakers: string[] }
  | { ok: false; errors: string[] };
export type ArchiveRemoved = { ok: true; file: string; title: string | null } | { ok: false; error: string };

export interface ArchiveService {
  fetchAttachment(file: AttachmentRef, maxBytes: number): Promise<Fetched>;
  add(request: ArchiveAddRequest): Promise<ArchiveAdded>;
  remove(url: string): Promise<ArchiveRemoved>;
}
