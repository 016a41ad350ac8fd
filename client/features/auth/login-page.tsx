/**
 * The login page: username and password, a pending state while the server checks them, the
 * server's reason when it refuses (wrong credentials, throttled: with the minutes to wait), and
 * on success back to the page the user came from (`next`), or the map.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loginInput } from '../../../shared/schemas/auth.ts';
import { Field } from '../../ui/field.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { useCurrentUser, useLogin } from '../../app/use-auth.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { apiErrorInfo } from '../../app/api-error.ts';

type LoginField = 'username' | 'password';

export function LoginPage({ next }: { next: string | undefined }) {
  const { t } = useTranslation();
  const { navigate, onLinkClick, mapHref } = useNavigation();
  const me = useCurrentUser();
  const login = useLogin();
  const errorMessage = useErrorMessage();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<LoginField, string>>>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (login.isPending) return;
    const parsed = loginInput.safeParse({ username, password });
    if (!parsed.success) {
      const errors: Partial<Record<LoginField, string>> = {};
      for (const issue of parsed.error.issues) {
        if (issue.path[0] === 'username') errors.username ??= t('auth.usernameRequired');
        if (issue.path[0] === 'password') errors.password ??= t('auth.passwordRequired');
      }
      setFieldErrors(errors);
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data, {
      onSuccess: () => navigate(next ?? routePaths.map, { replace: true }),
      onError: () => {
        // Wrong credentials: the password goes, the username stays for a second try.
        setPassword('');
        passwordRef.current?.focus();
      },
    });
  };

  const failure = login.error ? apiErrorInfo(login.error) : undefined;

  return (
    <div className="login">
      <section className="login__card" aria-labelledby="login-title">
        <h1 id="login-title" className="login__title">{t('auth.loginTitle')}</h1>
        <p className="login__intro">{t('auth.loginIntro')}</p>
        {me.data && (
          <p className="login__signed-in">
            {t('auth.alreadySignedIn', { name: me.data.displayName })}{' '}
            <a href={mapHref} onClick={onLinkClick}>{t('auth.backToMap')}</a>
          </p>
        )}
        {failure && (
          <div className={`form-error${failure.code === 'TOO_MANY_REQUESTS' ? ' form-error--warning' : ''}`} role="alert">
            {errorMessage(login.error)}
          </div>
        )}
        <form className="login__form" onSubmit={onSubmit} noValidate aria-busy={login.isPending}>
          <Field label={t('auth.username')} error={fieldErrors.username} required>
            {(control) => (
              <input
                {...control}
                ref={usernameRef}
                className="input"
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            )}
          </Field>
          <Field label={t('auth.password')} error={fieldErrors.password} required>
            {(control) => (
              <input
                {...control}
                ref={passwordRef}
                className="input"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </Field>
          <button type="submit" className="button button--primary button--block" aria-disabled={login.isPending}>
            {login.isPending ? (
              <>
                <Spinner label={t('auth.submitting')} />
                <span>{t('auth.submitting')}</span>
              </>
            ) : t('auth.submit')}
          </button>
        </form>
      </section>
    </div>
  );
}
