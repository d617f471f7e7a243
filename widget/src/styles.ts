/**
 * The chat's stylesheet, adopted into the loader's shadow root: the host page's CSS cannot
 * reach in and ours cannot leak out (the loader's `:host` rule also stops inherited fonts
 * and colours). Theme variables: `--pa` accent, `--pf` text on it, `--pi` accent as text,
 * `--pl`/`--pr`/`--pb` position (loader/theme.ts, chat/theme-colors.ts).
 * Text colours meet WCAG AA (4.5:1): `--pf` on `--pa` and `--pi` on white or the grey
 * bubbles by construction; #1f2933 on #eef1f5 13:1; #52606d on white 6.5:1; #8a1c12 on
 * #fdecea 7.9:1; #5c4300 on #fff8e1 9.6:1. Pending messages use a dashed border, not
 * opacity, to keep that contrast. `word-break: keep-all` wraps Korean between words, never
 * mid-word ("있습/니다"); `overflow-wrap: break-word` still breaks a long URL.
 */
export const widgetCss = `
*, *::before, *::after { box-sizing: border-box; }
.parley { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif; color: #1f2933; word-break: keep-all; overflow-wrap: break-word; }
button, input, select, textarea { font: inherit; color: inherit; }
button { cursor: pointer; }
button:disabled { cursor: default; opacity: .75; }
:focus-visible { outline: 3px solid var(--pi); outline-offset: 2px; }
[hidden] { display: none !important; }
.l { color: var(--pf, #fff); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.panel {
  position: fixed; left: var(--pl); right: var(--pr); bottom: calc(var(--pb) + 72px); z-index: 2147483000;
  width: 370px; height: 560px; max-height: calc(100vh - var(--pb) - 92px);
  display: flex; flex-direction: column; overflow: hidden;
  background: #fff; border-radius: 14px; box-shadow: 0 16px 48px #0f172a47;
}
.panel:focus { outline: none; }
.panel-dragging { box-shadow: 0 0 0 3px var(--pi), 0 16px 48px #0f172a47; }
@media (max-width: 479.98px) { .panel { inset: 0; width: 100%; height: 100%; max-height: none; border-radius: 0; } }
.header { display: flex; align-items: center; gap: 10px; padding: 12px 10px 12px 14px; background: var(--pa); color: var(--pf); }
.header :focus-visible { outline-color: var(--pf); }
.header-text { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 700; }
.subtitle { margin: 2px 0 0; font-size: 13px; }
.avatar {
  position: relative; flex: none; width: 32px; height: 32px; border-radius: 50%;
  display: flex; align-items: center; justify-content: center;
  background: #52606d; color: #fff; font-size: 13px; font-weight: 700;
}
.avatar-header { width: 38px; height: 38px; background: #fff; color: #1f2933; }
.presence { position: absolute; right: -1px; bottom: -1px; width: 12px; height: 12px; border-radius: 50%; background: #9aa5b1; border: 2px solid #fff; }
.presence-online { background: #12823b; }
.close { width: 36px; height: 36px; border: 0; border-radius: 50%; background: transparent; color: inherit; display: flex; align-items: center; justify-content: center; }
.banner, .drop-hint, .form-note { margin: 0; padding: 6px 14px; font-size: 13px; background: #fff8e1; color: #5c4300; }
.banner-error { background: #fdecea; color: #8a1c12; }
.drop-hint, .form-note { background: #eef1f5; color: #1f2933; }
.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
.empty { margin: auto 8px; text-align: center; color: #52606d; font-size: 14px; white-space: pre-wrap; }
.message { display: flex; gap: 8px; align-items: flex-end; max-width: 88%; }
.message p { margin: 0; }
.message-body { display: flex; flex-direction: column; align-items: flex-start; min-width: 0; }
.message-visitor { align-self: flex-end; }
.message-visitor .message-body { align-items: flex-end; }
.meta { font-size: 12px; color: #52606d; margin: 0 4px 2px !important; }
.author { font-weight: 600; }
.bubble { padding: 8px 12px; border-radius: 14px; background: #eef1f5; color: #1f2933; white-space: pre-wrap; overflow-wrap: anywhere; }
.bubble a { color: var(--pi); }
.message-visitor .bubble { background: var(--pa); color: var(--pf); border-bottom-right-radius: 4px; }
.message-visitor .bubble a { color: inherit; }
.message-bot .bubble, .message-agent .bubble { border-bottom-left-radius: 4px; }
.message-pending .bubble, .message-failed .bubble { background: #fff; color: #1f2933; border: 1px dashed var(--pi); }
.message-failed .bubble { border: 1px solid #b42318; }
.message-system { align-self: center; max-width: 92%; }
.message-system .bubble { background: transparent; color: #3e4c59; font-size: 13px; text-align: center; border-top: 1px solid #cbd2d9; border-bottom: 1px solid #cbd2d9; border-radius: 0; }
.message .upload { display: flex; flex-direction: column; gap: 4px; background: #fff; color: #1f2933; border: 1px dashed var(--pi); }
.upload img, .attachment img { display: block; max-width: 220px; max-height: 220px; border-radius: 10px; }
.upload progress { width: 180px; accent-color: var(--pi); }
.attachment { margin-top: 4px; border: 1px solid #cbd2d9; border-radius: 12px; background: #fff; overflow: hidden; }
.file-name { display: block; width: 100%; padding: 6px 12px; border: 0; background: none; text-align: start; color: #1f2933; font-size: 13px; overflow-wrap: anywhere; }
.upload .file-name { padding: 0; }
.delivery { font-size: 12px; color: #52606d; margin: 2px 4px 0 !important; }
.delivery-failed { color: #b42318; }
.link-button { padding: 0; border: 0; background: none; color: var(--pi); text-decoration: underline; font-size: inherit; }
.delivery-failed .link-button { color: inherit; }
.quick-replies { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.quick-reply, .human { padding: 5px 12px; border: 1px solid var(--pi); border-radius: 16px; background: #fff; color: var(--pi); font-size: 14px; }
.human { font-weight: 600; }
.human[aria-disabled="true"] { border-color: #7b8794; color: #52606d; }
.typing { margin: 0; padding: 0 14px 4px; font-size: 13px; color: #52606d; font-style: italic; }
.notice { display: flex; gap: 8px; align-items: baseline; justify-content: space-between; padding: 8px 14px; font-size: 13px; background: #fdecea; color: #8a1c12; }
.notice .link-button { color: inherit; }
.actions { display: flex; justify-content: center; padding: 6px 12px 0; }
.erase { margin: 0; padding: 0 12px 8px; text-align: center; font-size: 12px; }
.closed { display: flex; flex-direction: column; align-items: center; gap: 6px; padding: 8px 12px 0; font-size: 14px; }
.form { display: flex; flex-direction: column; gap: 8px; padding: 10px 14px 14px; border-top: 1px solid #e4e7eb; }
.closed .form { align-self: stretch; border: 0; padding: 0; }
.form fieldset { border: 0; margin: 0; padding: 0; }
.form-title { margin: 0; padding: 0; font-weight: 600; font-size: 14px; }
.field { display: flex; flex-direction: column; gap: 3px; font-size: 13px; }
.field input, .field select, .field textarea, .composer-input { padding: 8px 10px; border: 1px solid #7b8794; border-radius: 8px; background: #fff; color: #1f2933; }
.field-error { margin: 0; color: #b42318; }
[aria-invalid="true"] { border-color: #b42318 !important; }
.primary, .send { min-height: 40px; padding: 0 16px; border: 0; border-radius: 10px; background: var(--pa); color: var(--pf); font-weight: 600; }
.stars { display: flex; gap: 4px; font-size: 28px; line-height: 1; }
.star { position: relative; cursor: pointer; color: #7b8794; }
.star input { position: absolute; inset: 0; width: 100%; height: 100%; margin: 0; opacity: 0; cursor: pointer; }
.star-on { color: #b45309; }
.star:focus-within { outline: 3px solid var(--pi); outline-offset: 2px; border-radius: 4px; }
.composer { position: relative; display: flex; flex-direction: column; gap: 6px; padding: 10px 12px 12px; border-top: 1px solid #e4e7eb; }
.composer-input { min-height: 44px; max-height: 120px; resize: none; }
.composer-input::placeholder { color: #616e7c; }
.composer-tools { display: flex; gap: 4px; align-items: center; }
.tool { width: 36px; height: 36px; border: 0; border-radius: 8px; background: transparent; color: #52606d; font-size: 18px; display: flex; align-items: center; justify-content: center; }
.send { margin-left: auto; }
.emoji-picker { position: absolute; bottom: 100%; left: 12px; display: grid; grid-template-columns: repeat(8, 1fr); gap: 2px; padding: 6px; background: #fff; border: 1px solid #cbd2d9; border-radius: 10px; box-shadow: 0 8px 24px #0f172a33; }
.emoji { width: 34px; height: 34px; border: 0; border-radius: 6px; background: transparent; font-size: 20px; }
`;
