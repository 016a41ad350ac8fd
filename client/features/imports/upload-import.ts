/**
 * Sends a file to the import door (POST /api/imports, multipart `file`, `target`, optional `crs`)
 * with XMLHttpRequest, because fetch cannot report upload progress. The phases are: sending
 * (bytes known), then reading (the server parses; no progress to report), then the answer.
 */
import type { ImportCrsCode, ImportTarget, ImportUploadAnswer } from '../../../shared/schemas/imports.ts';
import { parseUploadError, type UploadError } from './import-options.ts';

export interface UploadRequest {
  file: File;
  target: ImportTarget;
  /** The user's override of CRS detection; detection when absent. */
  crs?: ImportCrsCode | undefined;
}

export type UploadProgress = { phase: 'sending'; loaded: number; total: number } | { phase: 'reading' };

export class UploadFailure extends Error {
  constructor(readonly failure: UploadError) {
    super(failure.message || failure.code);
    this.name = 'UploadFailure';
  }
}

/** Resolves with the door's answer; rejects with an UploadFailure (4xx/5xx body, network, abort). */
export function uploadImport(request: UploadRequest, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<ImportUploadAnswer> {
  return new Promise((resolve, reject) => {
    const body = new FormData();
    body.append('target', request.target);
    if (request.crs) body.append('crs', request.crs);
    // The file last: a streaming parser on the server sees the fields first.
    body.append('file', request.file, request.file.name);

    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    xhr.responseType = 'text';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      onProgress({ phase: 'sending', loaded: event.loaded, total: event.lengthComputable ? event.total : request.file.size });
    };
    // Everything is sent: the server now unpacks and reads the file.
    xhr.upload.onload = () => onProgress({ phase: 'reading' });
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as ImportUploadAnswer);
        } catch {
          reject(new UploadFailure({ status: xhr.status, code: 'bad-answer', message: '' }));
        }
        return;
      }
      reject(new UploadFailure(parseUploadError(xhr.status, xhr.responseText)));
    };
    xhr.onerror = () => reject(new UploadFailure({ status: 0, code: 'network', message: '' }));
    xhr.onabort = () => reject(new UploadFailure({ status: 0, code: 'aborted', message: '' }));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}
