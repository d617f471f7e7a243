import { useEffect, useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/domain';
import type { Strings } from '../i18n';
import { saveFile } from '../lib/attachments';

export interface AttachmentViewProps {
  attachment: Attachment;
  t: Strings;
  /** An object URL of the file (fetched with the visitor's token). */
  load: (attachmentId: string) => Promise<string>;
  onError: () => void;
}

/** Images can be previewed inline; SVG could carry scripts, so it is offered as a file like any other. */
export const isPreviewable = (type: string) => type.startsWith('image/') && type !== 'image/svg+xml';

/**
 * A file in a message: an image shows as a preview, and every file has a button that saves
 * it (named "Download <file>", showing the file's name). The image is not inside the
 * button: a button's content is presentational, so screen readers would lose the image.
 */
export function AttachmentView({ attachment, t, load, onError }: AttachmentViewProps) {
  const preview = isPreviewable(attachment.type);
  const [url, setUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!preview) return;
    let current = true;
    load(attachment.id).then((loaded) => current && setUrl(loaded), () => {});
    return () => {
      current = false;
    };
  }, [attachment.id, preview]);

  const save = () => load(attachment.id).then((objectUrl) => saveFile(objectUrl, attachment.name), onError);

  return (
    <div class="attachment">
      {preview && url && <img src={url} alt={attachment.name} />}
      <button type="button" class="file-name" aria-label={t.download(attachment.name)} onClick={save}>
        <span aria-hidden="true">{preview ? '⤓' : '📄'}</span> {attachment.name}
      </button>
    </div>
  );
}
