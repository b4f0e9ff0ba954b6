/**
 * The order of the LSP lifecycle, enforced before any handler runs: a request before `initialize`
 * is answered with ServerNotInitialized (-32002), a request after `shutdown` with InvalidRequest
 * (-32600), and notifications before `initialize` other than `exit` are dropped, as the protocol
 * asks. vscode-languageserver leaves this to the server; it sits in the connection's message
 * strategy, which sees every message in order, and it answers through internal request handlers
 * so that every answer still goes out through the connection's own writer.
 *
 * The same place turns away a document request whose parameters are not an object (`null`):
 * vscode-languageserver's own wrapper of a handler reads them before the handler could check them,
 * and would answer with an internal error.
 */
import { ErrorCodes, Message, ResponseError, type Connection, type MessageStrategy, type RequestMessage } from 'vscode-languageserver';

const NOT_INITIALIZED = 'cable/internal/notInitialized';
const AFTER_SHUTDOWN = 'cable/internal/afterShutdown';
const NOT_AN_OBJECT = 'cable/internal/paramsNotAnObject';

export class LifecycleGate implements MessageStrategy {
  private state: 'new' | 'running' | 'shutDown' = 'new';

  /** True once a shutdown request came: `exit` (or the end of the input) then ends the process with 0. */
  get shutDown(): boolean {
    return this.state === 'shutDown';
  }

  handleMessage(message: Message, next: (message: Message) => void): void {
    if (Message.isRequest(message)) {
      if (this.state === 'shutDown') return next(redirect(message, AFTER_SHUTDOWN));
      if (message.method === 'initialize') this.state = 'running';
      else if (this.state === 'new') return next(redirect(message, NOT_INITIALIZED));
      else if (message.method === 'shutdown') this.state = 'shutDown';
      else if (takesObject(message.method) && (typeof message.params !== 'object' || message.params === null || Array.isArray(message.params))) {
        return next(redirect(message, NOT_AN_OBJECT));
      }
    } else if (Message.isNotification(message) && this.state === 'new' && message.method !== 'exit') {
      return; // dropped: nothing may happen before initialize
    }
    next(message);
  }

  /** Registers the handlers that give the errors; call once the connection exists. */
  register(connection: Connection): void {
    connection.onRequest(NOT_INITIALIZED, (params: { method: string }) =>
      new ResponseError(ErrorCodes.ServerNotInitialized, `the server is not initialized: ${params.method} came before initialize`));
    connection.onRequest(AFTER_SHUTDOWN, (params: { method: string }) =>
      new ResponseError(ErrorCodes.InvalidRequest, `the server is shutting down: ${params.method} came after shutdown`));
    connection.onRequest(NOT_AN_OBJECT, (params: { method: string }) =>
      new ResponseError(ErrorCodes.InvalidParams, `${params.method}: the parameters must be an object`));
  }
}

/** Requests whose parameters are an object by the protocol (the library reads their fields before any handler could check them). */
function takesObject(method: string): boolean {
  return method.startsWith('textDocument/') || method === 'workspace/symbol' || method === 'workspace/executeCommand' || method === 'cable/gazetteerEntry';
}

/** The same request (same id) sent to one of the internal handlers, which answers with the error. */
function redirect(message: RequestMessage, method: string): RequestMessage {
  return { jsonrpc: message.jsonrpc, id: message.id, method, params: { method: message.method } };
}
