/** Two-state language toggle (Tiếng Việt / English) as a labelled group of pressed buttons. */
export interface LanguageOption<L extends string> {
  code: L;
  label: string;
}

export function LanguageSwitch<L extends string>({ label, options, value, onChange }: {
  label: string;
  options: readonly LanguageOption<L>[];
  value: L;
  onChange: (language: L) => void;
}) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.code}
          type="button"
          lang={option.code}
          className="language-switch__option"
          aria-pressed={option.code === value}
          onClick={() => onChange(option.code)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
