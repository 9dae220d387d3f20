import { render } from 'preact';
import { Options } from '@/components/Options';
import '@/components/page.css';
import { applyUiLanguage } from '@/lib/ui-language';

applyUiLanguage(document);

render(<Options />, document.getElementById('app') as HTMLElement);
