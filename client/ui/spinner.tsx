/** An indeterminate progress indicator with a text alternative. */
export function Spinner({ label, size = 'small' }: { label: string; size?: 'small' | 'large' }) {
  return (
    <span className={`spinner spinner--${size}`} role="status">
      <span className="spinner__ring" aria-hidden="true" />
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
