export declare const PAGES_DIR: string;

export interface RouteSpec {
  /** File to serve, relative to the server root (default: the request path). */
  file?: string;
  /** Literal body to serve instead of a file. */
  body?: string;
  /** Extra response headers, e.g. `{ 'Content-Security-Policy': "default-src 'none'" }`. */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly root: string;
  /** Every requested path, in order. */
  readonly requests: string[];
  /** Absolute URL for a path on this server. */
  url(pathname: string): string;
  /** Adds response headers for one path (merged with earlier ones). */
  setHeaders(pathname: string, headers: Record<string, string>): void;
  /** Serves a file (or literal body) under `pathname` with its own headers; returns the absolute URL. */
  route(pathname: string, spec: RouteSpec): string;
  close(): Promise<void>;
}

export declare function startStaticServer(options?: { root?: string }): Promise<StaticServer>;
