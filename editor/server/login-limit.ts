/**
 * Login attempts limited per account and per address: after too many failures in a window, further
 * attempts are refused (429) until the window has passed, even with the right password.
 */
export interface LoginLimitOptions {
  readonly perAccount: number;
  readonly perAddress: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMIT: LoginLimitOptions = { perAccount: 5, perAddress: 20, windowMs: 15 * 60 * 1000 };

export class LoginLimit {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly options: LoginLimitOptions = DEFAULT_LOGIN_LIMIT) {}

  allowed(user: string, address: string): boolean {
    return this.recent(`user:${user}`) < this.options.perAccount && this.recent(`addr:${address}`) < this.options.perAddress;
  }

  failed(user: string, address: string): void {
    for (const key of [`user:${user}`, `addr:${address}`]) this.failures.set(key, [...this.times(key), Date.now()]);
  }

  succeeded(user: string): void {
    this.failures.delete(`user:${user}`);
  }

  private times(key: string): number[] {
    const since = Date.now() - this.options.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  private recent(key: string): number {
    return this.times(key).length;
  }
}
