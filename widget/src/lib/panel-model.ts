/** Whether the chat panel is open, and how many answers arrived while it was closed. */
import { createStore, type ReadableStore } from './store';

export interface PanelState {
  open: boolean;
  unread: number;
}

export interface PanelModel extends ReadableStore<PanelState> {
  open(): void;
  close(): void;
  toggle(): void;
  /** Counts messages that arrived; they are unread only while the panel is closed. */
  noteArrivals(count: number): void;
}

export function createPanelModel(initial: PanelState = { open: false, unread: 0 }): PanelModel {
  const store = createStore<PanelState>(initial);
  const setOpen = (open: boolean) => store.update((state) => (state.open === open ? state : { open, unread: open ? 0 : state.unread }));
  return {
    get: store.get,
    subscribe: store.subscribe,
    open: () => setOpen(true),
    close: () => setOpen(false),
    toggle: () => setOpen(!store.get().open),
    noteArrivals(count) {
      if (count > 0 && !store.get().open) store.update((state) => ({ ...state, unread: state.unread + count }));
    },
  };
}
