/**
 * The widget's whole stylesheet, injected into its shadow root: the host page's CSS
 * cannot reach in and ours cannot leak out. `all: initial` on the host also stops
 * inherited properties (font, colour, line height) from crossing the shadow boundary.
 * Text colours meet WCAG AA (4.5:1): white on #1f4fd1 6.8:1, #1f2933 on #eef1f5 13:1, #52606d on white 6.5:1,
 * white on the #b42318 badge 6.6:1. Pending messages use a dashed border, not opacity, to keep that contrast.
 */
export const widgetCss = `
:host { all: initial; }
*, *::before, *::after { box-sizing: border-box; }
.parley {
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif;
  color: #1f2933;
  -webkit-font-smoothing: antialiased;
}
button { font: inherit; cursor: pointer; }
button:disabled { cursor: default; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}

.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  width: 60px; height: 60px; border: 0; border-radius: 50%;
  display: flex; align-items: center; justify-content: center;
  background: #1f4fd1; color: #fff; box-shadow: 0 6px 20px rgba(15, 23, 42, 0.3);
}
.launcher:hover { background: #1a43b3; }
.badge {
  position: absolute; top: -4px; right: -4px; min-width: 22px; height: 22px; padding: 0 6px;
  border-radius: 11px; background: #b42318; color: #fff; border: 2px solid #fff;
  font-size: 12px; font-weight: 700; line-height: 18px; text-align: center;
}

.panel {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  width: 360px; height: 520px; max-height: calc(100vh - 40px);
  display: flex; flex-direction: column; overflow: hidden;
  background: #fff; border-radius: 14px; box-shadow: 0 16px 48px rgba(15, 23, 42, 0.28);
}
.panel:focus { outline: none; }
@media (max-width: 479.98px) {
  .panel { inset: 0; width: 100%; height: 100%; max-height: none; border-radius: 0; }
}

.header { display: flex; align-items: center; gap: 8px; padding: 14px 12px 14px 16px; background: #1f4fd1; color: #fff; }
.header-text { flex: 1; min-width: 0; }
.title { margin: 0; font-size: 16px; font-weight: 700; }
.subtitle { margin: 2px 0 0; font-size: 13px; }
.close {
  width: 36px; height: 36px; border: 0; border-radius: 50%; background: transparent; color: #fff;
  display: flex; align-items: center; justify-content: center;
}
.close:hover { background: rgba(255, 255, 255, 0.18); }
.close:focus-visible { outline-color: #fff; }

.banner { margin: 0; padding: 6px 16px; font-size: 13px; background: #fff8e1; color: #5c4300; }
.banner-error { background: #fdecea; color: #8a1c12; }

.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 10px; }
.empty { margin: auto 8px; text-align: center; color: #52606d; font-size: 14px; }
.message { display: flex; flex-direction: column; align-items: flex-start; max-width: 85%; }
.message p { margin: 0; }
.message-visitor { align-self: flex-end; align-items: flex-end; }
.meta { font-size: 12px; color: #52606d; margin: 0 4px 2px; }
.author { font-weight: 600; }
.bubble {
  padding: 8px 12px; border-radius: 14px; background: #eef1f5; color: #1f2933;
  white-space: pre-wrap; overflow-wrap: anywhere;
}
.message-visitor .bubble { background: #1f4fd1; color: #fff; border-bottom-right-radius: 4px; }
.message-bot .bubble, .message-agent .bubble { border-bottom-left-radius: 4px; }
.message-pending .bubble { background: #fff; color: #1f2933; border: 1px dashed #1f4fd1; }
.message-failed .bubble { background: #fff; color: #1f2933; border: 1px solid #b42318; }
.message-system { align-self: center; align-items: center; max-width: 92%; }
.message-system .bubble {
  background: transparent; color: #3e4c59; font-size: 13px; text-align: center;
  border-top: 1px solid #cbd2d9; border-bottom: 1px solid #cbd2d9; border-radius: 0;
}
.delivery { font-size: 12px; color: #52606d; margin: 2px 4px 0; }
.delivery-failed { color: #b42318; }
.link-button { padding: 0; border: 0; background: none; color: inherit; text-decoration: underline; font-size: inherit; }
.quick-replies { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.quick-reply {
  padding: 5px 12px; border: 1px solid #1f4fd1; border-radius: 16px; background: #fff; color: #1f4fd1; font-size: 14px;
}
.quick-reply:hover { background: #eef3ff; }

.typing { margin: 0; padding: 0 16px 4px; font-size: 13px; color: #52606d; font-style: italic; }
.notice {
  display: flex; gap: 8px; align-items: baseline; justify-content: space-between;
  padding: 8px 16px; font-size: 13px; background: #fdecea; color: #8a1c12;
}
.actions { display: flex; justify-content: center; padding: 6px 12px 0; }
.human {
  padding: 6px 14px; border: 1px solid #1f4fd1; border-radius: 16px; background: #fff; color: #1f4fd1; font-size: 14px; font-weight: 600;
}
.human:hover { background: #eef3ff; }
.human[aria-disabled="true"] { border-color: #7b8794; color: #52606d; background: #fff; }

.composer { display: flex; gap: 8px; align-items: flex-end; padding: 10px 12px 12px; border-top: 1px solid #e4e7eb; margin-top: 6px; }
.composer-input {
  flex: 1; min-height: 44px; max-height: 120px; resize: none; padding: 10px 12px;
  border: 1px solid #7b8794; border-radius: 10px; font: inherit; color: #1f2933; background: #fff;
}
.composer-input::placeholder { color: #616e7c; }
.composer-input:focus-visible { outline-offset: 0; border-color: #1f4fd1; }
.send { height: 44px; padding: 0 16px; border: 0; border-radius: 10px; background: #1f4fd1; color: #fff; font-weight: 600; }
.send:hover { background: #1a43b3; }
`;
