/**
 * Shown when the browser does not let the content script run (Firefox MV3: the user can withhold
 * site access at install or later; Chrome: "on click" site access). Nothing is highlighted then,
 * so the popup says why and offers the browser's own permission prompt.
 */
import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { hasSiteAccess, requestSiteAccess } from '../../utils/permissions/site-access';

type AccessState = 'checking' | 'granted' | 'missing' | 'refused' | 'given';

export function SiteAccessNotice({ onGranted }: { onGranted: () => void }) {
  const [state, setState] = useState<AccessState>('checking');

  useEffect(() => {
    let live = true;
    void hasSiteAccess()
      .catch(() => true) // a browser without the check: nothing useful to say
      .then((granted) => live && setState(granted ? 'granted' : 'missing'));
    return () => {
      live = false;
    };
  }, []);

  if (state === 'checking' || state === 'granted') return null;
  if (state === 'given') {
    return (
      <p class="hn-access-notice" role="status" data-testid="site-access-given">
        {i18n.t('siteAccessReload')}
      </p>
    );
  }

  const allow = () => {
    // Called synchronously in the click: the browser grants the request only during a user action.
    void requestSiteAccess()
      .catch(() => false)
      .then((granted) => {
        setState(granted ? 'given' : 'refused');
        if (granted) onGranted();
      });
  };

  return (
    <div class="hn-access-notice" role="alert" data-testid="site-access-missing">
      <p>{i18n.t('siteAccessMissing')}</p>
      <button type="button" class="hn-access-allow" onClick={allow}>
        {i18n.t('siteAccessAllow')}
      </button>
      {state === 'refused' && <p>{i18n.t('siteAccessRefused')}</p>}
    </div>
  );
}
