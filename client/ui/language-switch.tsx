/**
 * Language toggle (Tiếng Việt / English / 中文) as a labelled group of pressed buttons. Phones show
 * the language codes (VI / EN / ZH) to keep the header on one line; the accessible name holds
 * both ("Tiếng Việt, VI": what is seen is in the name, WCAG 2.5.3), in its own language (`lang`).
 */
export interface LanguageOption<L extends string> {
  code: L;
  label: string;
  /** BCP 47 tag of the label; the code when absent. */
  lang?: string;
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
          lang={option.lang ?? option.code}
          className="language-switch__option"
          aria-pressed={option.code === value}
          aria-label={`${option.label}, ${option.code.toUpperCase()}`}
          onClick={() => onChange(option.code)}
        >
          <span className="language-switch__name" aria-hidden="true">{option.label}</span>
          <span className="language-switch__code" aria-hidden="true">{option.code.toUpperCase()}</span>
        </button>
      ))}
    </div>
  );
}
