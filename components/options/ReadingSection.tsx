import { t } from '@/lib/i18n';
import { MarkStyle, type Settings } from '@/lib/settings';

const MARK_STYLE_LABEL = {
  underline: 'markStyleUnderline',
  background: 'markStyleBackground',
  off: 'markStyleOff',
} as const;

/** Hover delay and mark style: saved as soon as they change; open pages follow at once. */
export function ReadingSection({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<void>;
}) {
  return (
    <section aria-labelledby="sc-reading-heading">
      <h2 id="sc-reading-heading">{t('optionsReading')}</h2>
      <p class="sc-field">
        <label for="sc-hover-delay">{t('optionsHoverDelay')}</label>
        <input
          id="sc-hover-delay"
          type="number"
          min={0}
          max={5000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(event) => {
            const value = event.currentTarget.valueAsNumber;
            if (Number.isInteger(value) && value >= 0 && value <= 5000) void save({ hoverDelayMs: value });
          }}
        />
      </p>
      <fieldset>
        <legend>{t('optionsMarkStyle')}</legend>
        {MarkStyle.options.map((style) => (
          <label key={style} class="sc-radio">
            <input
              type="radio"
              name="sc-mark-style"
              value={style}
              checked={settings.markStyle === style}
              onChange={() => void save({ markStyle: style })}
            />
            {t(MARK_STYLE_LABEL[style])}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
