/** The caller's recent imports (imports.list; staff see everyone's) with their status; staged ones reopen their preview. */
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import type { Language } from '../../i18n/languages.ts';
import { Spinner } from '../../ui/spinner.tsx';
import { Badge } from '../../ui/badge.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';

function formatDateTime(value: string, language: Language): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

export function RecentImports({ language, openImportId, onOpen }: { language: Language; openImportId: string | null; onOpen: (importId: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const list = useQuery(trpc.imports.list.queryOptions());
  return (
    <section className="admin-section import-recent" aria-labelledby="import-recent-title">
      <h2 id="import-recent-title" className="admin-section__title">
        {t('imports.recent.title')}
        {list.isSuccess && <span className="admin-section__count">{list.data.length}</span>}
      </h2>
      {list.isPending && <div className="page__loading"><Spinner label={t('imports.recent.loading')} /><span>{t('imports.recent.loading')}</span></div>}
      {list.isError && (
        <p className="import-error" role="alert">
          {t('imports.recent.failed', { message: errorMessage(list.error) })}{' '}
          <button type="button" className="link-button" onClick={() => void list.refetch()}>{t('errors.retry')}</button>
        </p>
      )}
      {list.isSuccess && list.data.length === 0 && <p className="admin-section__empty">{t('imports.recent.empty')}</p>}
      {list.isSuccess && list.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table import-recent__table">
            <thead>
              <tr>
                <th scope="col">{t('imports.recent.file')}</th>
                <th scope="col">{t('imports.recent.target')}</th>
                <th scope="col">{t('imports.recent.count')}</th>
                <th scope="col">{t('imports.recent.status')}</th>
                <th scope="col">{t('imports.recent.createdAt')}</th>
                <th scope="col">{t('imports.recent.createdBy')}</th>
                <th scope="col"><span className="visually-hidden">{t('imports.recent.open')}</span></th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((row) => (
                <tr key={row.importId} data-import-id={row.importId} data-status={row.status} className={row.importId === openImportId ? 'import-recent__row--open' : undefined}>
                  <th scope="row" className="import-recent__file">{row.fileName} <span className="data-table__mono">{row.format}</span></th>
                  <td>{t(`imports.upload.targets.${row.target}`)}</td>
                  <td>{row.featureCount}</td>
                  <td><Badge tone={row.status === 'staged' ? 'warning' : 'neutral'}>{t(`imports.recent.statuses.${row.status}`)}</Badge></td>
                  <td>{formatDateTime(row.createdAt, language)}</td>
                  <td>{row.createdBy}</td>
                  <td>
                    {row.status === 'staged' && row.importId !== openImportId && (
                      <button type="button" className="button button--small" onClick={() => onOpen(row.importId)}>{t('imports.recent.open')}</button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
