import { Route, Routes, useParams } from 'react-router';
import { useI18n } from '../../shared/i18n.tsx';
import { AskLinkForm } from '../preferences/AskLinkForm.tsx';
import { ChoicesForm } from '../preferences/ChoicesForm.tsx';

/**
 * Consent preferences (OT-1): the person proves their mailbox with a mailed one-time link, then sees and changes
 * what they consented to or opted out of. `/preferences` asks for the link; `/preferences/<token>` is the link.
 */
export function PreferencesPage() {
  const { t } = useI18n();
  return (
    <div className="prf-page">
      <h1>{t('privacyPrefs.title')}</h1>
      <p className="prf-intro">{t('privacyPrefs.intro')}</p>
      <Routes>
        <Route index element={<AskLinkForm />} />
        <Route path=":token" element={<WithToken />} />
      </Routes>
    </div>
  );
}

function WithToken() {
  const { token = '' } = useParams();
  return <ChoicesForm key={token} token={token} />;
}
