/** The browser tab's title carries the unread count, so an agent on another tab sees new messages. */
export function titleWithUnread(base: string, unread: number): string {
  return unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${base}` : base;
}
