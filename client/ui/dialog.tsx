/**
 * A modal dialog on the native <dialog> element: showModal() gives the focus trap, the inert page
 * behind and Escape (which calls onClose). Focus goes to the first field or button inside, and
 * the browser returns it to the opener when the dialog closes.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export function Dialog({ title, children, onClose, describedBy }: {
  title: string;
  children: ReactNode;
  onClose: () => void;
  describedBy?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: let React state decide, so the dialog is not left closed but mounted.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="dialog__title">{title}</h2>
      {children}
    </dialog>
  );
}
