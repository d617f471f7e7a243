/**
 * A file in the transcript: images as a preview (fetched with the agent's token), other
 * files as a card with name, size and a download button. SVG is never previewed: it can
 * carry script, so it is offered as a download like any other file.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/domain';
import { formatSize, useAttachmentApi } from '../conversation/attachment-api';
import { useStrings } from '../i18n';

const previewable = (type: string) => type.startsWith('image/') && type !== 'image/svg+xml';

function saveBlob(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function AttachmentView({ attachment }: { attachment: Attachment }) {
  const strings = useStrings();
  const api = useAttachmentApi();
  const [preview, setPreview] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const size = formatSize(attachment.size, strings.locale);

  useEffect(() => {
    if (!api || !previewable(attachment.type)) return;
    let url: string | null = null;
    let alive = true;
    api.load(attachment.id).then(
      (blob) => {
        if (!alive) return;
        url = URL.createObjectURL(blob);
        setPreview(url);
      },
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [api, attachment.id, attachment.type]);

  const download = () => {
    setFailed(false);
    api?.load(attachment.id).then((blob) => saveBlob(blob, attachment.name), () => setFailed(true));
  };

  return (
    <figure class="attachment">
      {preview && <img class="attachment-preview" src={preview} alt={strings.attachments.preview(attachment.name)} />}
      <figcaption class="attachment-card">
        <span class="attachment-name">{attachment.name}</span>
        <span class="attachment-size">{size}</span>
        <button type="button" class="link" disabled={!api} aria-label={strings.attachments.download(attachment.name, size)} onClick={download}>
          {strings.attachments.downloadShort}
        </button>
        {failed && (
          <span role="alert" class="error">
            {strings.attachments.failed}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
