import { render } from 'preact';
import { Options } from '@/components/options/Options';
import '@/components/page.css';
import { applyUiLanguage, uiLanguage, uiLocale } from '@/lib/ui-language';

applyUiLanguage(document);

render(
  <Options language={uiLanguage()} locale={uiLocale()} />,
  document.getElementById('app') as HTMLElement,
);
