import { linkify } from '../lib/linkify';

/**
 * Message text with its links clickable. Text nodes only, never HTML: visitors and agents
 * typed it. Links open in a new tab without giving the page a handle on the widget's
 * (`noopener noreferrer`) and without lending the site's reputation (`nofollow`).
 */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, index) =>
        part.href ? (
          <a key={index} href={part.href} target="_blank" rel="noopener noreferrer nofollow">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
