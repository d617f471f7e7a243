/**
 * The embed snippet a website owner pastes. It defines a queueing `Parley()` and loads
 * widget.js asynchronously; the widget replays queued calls in order once it arrives.
 */
export function embedSnippet(serverUrl: string, siteKey: string): string {
  const widgetUrl = `${serverUrl.replace(/\/$/, '')}/widget.js`;
  return `<script>
(function(w,d,u){w.Parley=w.Parley||function(){(w.Parley.q=w.Parley.q||[]).push(arguments)};var s=d.createElement('script');s.async=true;s.src=u;d.head.appendChild(s);})(window,document,${JSON.stringify(widgetUrl)});
Parley('boot', { siteKey: ${JSON.stringify(siteKey)} });
</script>`;
}
