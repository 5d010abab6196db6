import { catalogue } from './catalogue.ts';

export const privacyCenter = catalogue({
  en: {
    'privacy.brand': 'Privacy Center',
    'privacy.nav.label': 'Privacy Center sections',
    'privacy.nav.notice': 'Privacy notice',
    'privacy.nav.request': 'Make a request',
    'privacy.nav.status': 'Check a request',
    'privacy.nav.preferences': 'Consent preferences',
    'privacy.footer.about':
      'This Privacy Center is generated from the personal information ledger we keep, so what it says is what we do.',
    'privacy.footer.links': 'Privacy Center links',
  },
  ja: {
    'privacy.brand': 'プライバシーセンター',
    'privacy.nav.label': 'プライバシーセンターのメニュー',
    'privacy.nav.notice': '個人情報保護方針',
    'privacy.nav.request': '開示等の請求',
    'privacy.nav.status': '請求の状況確認',
    'privacy.nav.preferences': '同意の設定',
    'privacy.footer.about':
      'このプライバシーセンターの内容は、当社が管理する個人情報管理台帳から作成しており、実際の取扱いと一致しています。',
    'privacy.footer.links': 'プライバシーセンターのリンク',
  },
});
