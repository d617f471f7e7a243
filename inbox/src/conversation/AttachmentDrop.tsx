/**
 * Agents send files the way visitors do: an "Attach a file" button, dropping a file on the
 * reply area, or pasting one (a screenshot) into the reply box. Each file is uploaded into
 * the conversation (the server applies the site's type and size rules) and then sent as a
 * reply that carries it.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Attachment } from '../../../shared/domain';
import { errorText, useStrings } from '../i18n';
import { toClientError } from '../lib/errors';
import { useAttachmentApi } from './attachment-api';

interface AttachmentDropProps {
  conversationId: string;
  /** Only the assigned agent may send to the visitor. */
  enabled: boolean;
  onAttached: (attachment: Attachment) => void;
  children: ComponentChildren;
}

const filesOf = (list: FileList | null | undefined) => Array.from(list ?? []);

export function AttachmentDrop({ conversationId, enabled, onAttached, children }: AttachmentDropProps) {
  const strings = useStrings();
  const api = useAttachmentApi();
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const [uploading, setUploading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!api || !enabled) return <>{children}</>;

  const send = async (files: File[]) => {
    setError(null);
    for (const file of files) {
      setUploading(file.name);
      try {
        onAttached(await api.upload(conversationId, file));
      } catch (failure) {
        setError(`${file.name}: ${errorText(strings, toClientError(failure))}`);
      } finally {
        setUploading(null);
      }
    }
  };

  return (
    <div
      class={dragging ? 'attachment-drop dragging' : 'attachment-drop'}
      onDragOver={(event) => {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void send(filesOf(event.dataTransfer?.files));
      }}
      onPaste={(event) => {
        const files = filesOf(event.clipboardData?.files);
        if (files.length === 0) return;
        event.preventDefault();
        void send(files);
      }}
    >
      {children}
      <div class="attachment-actions">
        <label for={`${id}-file`} class="attach-button">
          {strings.attachments.attach}
        </label>
        <input
          id={`${id}-file`}
          type="file"
          class="visually-hidden"
          onChange={(event) => {
            const files = filesOf(event.currentTarget.files);
            event.currentTarget.value = '';
            void send(files);
          }}
        />
        <span role="status">{uploading ? strings.attachments.uploading(uploading) : dragging ? strings.attachments.drop : ''}</span>
        {error && (
          <span role="alert" class="error">
            {error}
          </span>
        )}
      </div>
    </div>
  );
}
