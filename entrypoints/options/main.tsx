import '../../lib/zod-setup';
import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { getDatabase } from '../../lib/db/database';
import '../../components/shared/theme.css';
import '../../components/shared/page.css';

render(<OptionsApp services={{ db: getDatabase(), browserLanguage: navigator.language }} />, document.getElementById('app') as HTMLElement);
