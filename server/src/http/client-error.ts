// The answer to a request Node's HTTP parser refuses before Express sees it (bad syntax, an unknown
// method, headers too large, a request not received within the timeouts): the same JSON {error} the
// app sends ({code, error}), instead of Node's empty-bodied default.
import type { Socket } from 'node:net';
import type { ErrorBody, ErrorCode } from '../../../model/index.ts';

type Answer = [status: number, reason: string, code: ErrorCode, message: string];
const ANSWERS: Record<string, Answer> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'request_unreadable', 'the request headers are too large'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large', 'body_too_large', 'the chunk extensions of the request body are too large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request_timeout', 'the request was not received in time (headers and body have a time limit); send it again, all at once'],
  HPE_INVALID_METHOD: [400, 'Bad Request', 'request_unreadable', 'the request method is not one HTTP knows; the API answers GET and POST'],
};
const BAD_REQUEST: Answer = [400, 'Bad Request', 'request_unreadable', 'the request is not valid HTTP'];

/** A `clientError` listener of the HTTP server; mirrors Node's own (which it replaces) but answers JSON. */
export function answerClientError(err: NodeJS.ErrnoException & { code?: string }, socket: Socket): void {
  // as Node does: answer only when nothing of a response has been written on this socket yet
  const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent) {
    const [status, reason, code, message] = ANSWERS[err.code ?? ''] ?? BAD_REQUEST;
    const body = JSON.stringify({ code, error: message } satisfies ErrorBody);
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}
