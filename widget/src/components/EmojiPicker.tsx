import { useEffect, useRef } from 'preact/hooks';

/** A handful of the emoji people use in support chats; the system's own emoji font draws them. */
export const EMOJI = ['😀', '😊', '😂', '😍', '🙏', '👍', '👎', '👋', '🎉', '❤️', '😢', '😮', '🤔', '👀', '✅', '❌'];

export interface EmojiPickerProps {
  label: string;
  onPick: (emoji: string) => void;
  onClose: () => void;
}

/** A small grid of emoji buttons (each named by its emoji); Esc closes it without closing the chat. */
export function EmojiPicker({ label, onPick, onClose }: EmojiPickerProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      class="emoji-picker"
      role="group"
      aria-label={label}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
      }}
    >
      {EMOJI.map((emoji, index) => (
        <button key={emoji} ref={index === 0 ? first : undefined} type="button" class="emoji" onClick={() => onPick(emoji)}>
          {emoji}
        </button>
      ))}
    </div>
  );
}
