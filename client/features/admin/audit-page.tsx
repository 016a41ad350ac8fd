/**
 * The audit log (admins): filters (who, what, which days), a paged table newest first with times
 * in Vietnam time, each entry's changes as a field-by-field diff (full JSON on demand), and a CSV
 * export of the same filters. The applied filters live in the page's query string (shareable).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { Field } from '../../ui/field.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC, type AuditEntry } from '../../app/trpc.ts';
import { useNavigation } from '../../app/navigation.ts';
import { routePaths } from '../../app/routes.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import { roleLabel } from '../../app/role-label.ts';
import { auditCsvSearch, auditFilterInput, auditPageSearch, emptyAuditFilterForm, isDayRangeReversed, parseAuditPageSearch, type AuditFilterForm } from './audit-filters.ts';
import { auditDiff } from './audit-diff.ts';
import { formatVietnamTime } from './format-time.ts';

const pageSize = 50;

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const { navigate } = useNavigation();
  const errorMessage = useErrorMessage();
  const [applied, setApplied] = useState<AuditFilterForm>(() => parseAuditPageSearch(window.location.search));
  const [draft, setDraft] = useState<AuditFilterForm>(applied);
  const [offset, setOffset] = useState(0);
  const reversed = isDayRangeReversed(draft);

  const facets = useQuery(trpc.audit.facets.queryOptions());
  const entries = useQuery(trpc.audit.list.queryOptions({ ...auditFilterInput(applied), limit: pageSize, offset }, { placeholderData: keepPreviousData }));

  const apply = (form: AuditFilterForm) => {
    setApplied(form);
    setOffset(0);
    navigate(`${routePaths.audit}${auditPageSearch(form)}`, { replace: true });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!reversed) apply(draft);
  };
  const set = (key: keyof AuditFilterForm, value: string) => setDraft((current) => ({ ...current, [key]: value }));

  const facetSelect = (key: 'actor' | 'procedure' | 'entityType', label: string, values: readonly string[] | undefined) => (
    <Field label={label}>
      {(control) => (
        <select {...control} className="input" value={draft[key]} onChange={(event) => set(key, event.target.value)}>
          <option value="">{t('audit.any')}</option>
          {/* A value from a shared link that the log no longer has still shows as chosen. */}
          {draft[key] && !values?.includes(draft[key]) && <option value={draft[key]}>{draft[key]}</option>}
          {values?.map((value) => <option key={value} value={value}>{value}</option>)}
        </select>
      )}
    </Field>
  );

  const total = entries.data?.total ?? 0;
  const shown = entries.data?.entries ?? [];

  return (
    <div className="admin-page admin-page--wide">
      <header className="admin-page__header admin-page__header--with-actions">
        <div>
          <h1 className="admin-page__title">{t('audit.title')}</h1>
          <p className="admin-page__intro">{t('audit.intro')} {t('audit.timeZoneNote')}</p>
        </div>
        <a className="button" href={`/api/audit.csv${auditCsvSearch(applied)}`} download>
          <span aria-hidden="true">⤓ </span>{t('audit.exportCsv')}
        </a>
      </header>

      <form className="admin-section audit-filters" onSubmit={onSubmit} aria-labelledby="audit-filters-title" noValidate>
        <h2 id="audit-filters-title" className="admin-section__title">{t('audit.filters')}</h2>
        <div className="audit-filters__grid">
          {facetSelect('actor', t('audit.actor'), facets.data?.actors)}
          {facetSelect('procedure', t('audit.procedure'), facets.data?.procedures)}
          {facetSelect('entityType', t('audit.entityType'), facets.data?.entityTypes)}
          <Field label={t('audit.from')}>
            {(control) => <input {...control} className="input" type="date" value={draft.fromDay} onChange={(event) => set('fromDay', event.target.value)} />}
          </Field>
          <Field label={t('audit.to')} error={reversed ? t('audit.reversedRange') : undefined}>
            {(control) => <input {...control} className="input" type="date" value={draft.toDay} onChange={(event) => set('toDay', event.target.value)} />}
          </Field>
        </div>
        {facets.isError && <p className="field__error">{errorMessage(facets.error)}</p>}
        <div className="admin-form__actions">
          <button type="submit" className="button button--primary" aria-disabled={reversed}>{t('audit.apply')}</button>
          <button type="button" className="button" onClick={() => { setDraft(emptyAuditFilterForm); apply(emptyAuditFilterForm); }}>{t('audit.clear')}</button>
        </div>
      </form>

      <section className="admin-section" aria-labelledby="audit-table-title" aria-busy={entries.isFetching}>
        <h2 id="audit-table-title" className="admin-section__title">
          {t('audit.tableCaption')}
          {entries.data && total > 0 && (
            <span className="admin-section__count">
              {t('audit.range', { first: offset + 1, last: offset + shown.length, total })}
            </span>
          )}
          {entries.isFetching && !entries.isPending && <Spinner label={t('audit.loading')} />}
        </h2>
        {entries.isPending && (
          <div className="page__loading">
            <Spinner label={t('audit.loading')} />
            <span>{t('audit.loading')}</span>
          </div>
        )}
        {entries.isError && (
          <PageMessage
            tone="error"
            title={t('audit.loadFailed')}
            actions={<button type="button" className="button" onClick={() => void entries.refetch()}>{t('errors.retry')}</button>}
          >
            <p>{errorMessage(entries.error)}</p>
          </PageMessage>
        )}
        {entries.data && shown.length === 0 && <p className="admin-section__empty">{t('audit.empty')}</p>}
        {shown.length > 0 && (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audit-table-title">
            <table className="data-table audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('audit.time')}</th>
                  <th scope="col">{t('audit.actor')}</th>
                  <th scope="col">{t('audit.procedure')}</th>
                  <th scope="col">{t('audit.entity')}</th>
                  <th scope="col">{t('audit.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => <AuditRow key={entry.id} entry={entry} language={language} />)}
              </tbody>
            </table>
          </div>
        )}
        {total > pageSize && (
          <nav className="pagination" aria-label={t('audit.pagination')}>
            <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
              <span aria-hidden="true">‹ </span>{t('audit.previous')}
            </button>
            <button type="button" className="button" disabled={offset + pageSize >= total} onClick={() => setOffset(offset + pageSize)}>
              {t('audit.next')}<span aria-hidden="true"> ›</span>
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}

function AuditRow({ entry, language }: { entry: AuditEntry; language: Language }) {
  const { t } = useTranslation();
  const diff = auditDiff(entry.before, entry.after);
  return (
    <tr data-procedure={entry.procedure}>
      <td className="data-table__nowrap">
        <time dateTime={entry.at}>{formatVietnamTime(entry.at, language)}</time>
      </td>
      <td>
        <span className="data-table__mono">{entry.actorUsername ?? t('audit.system')}</span>
        {entry.role && <span className="data-table__sub">{roleLabel(entry.role, language)}{entry.communeCode ? ` · ${entry.communeCode}` : ''}</span>}
      </td>
      <td className="data-table__mono">{entry.procedure}</td>
      <td>
        <span>{entry.entityType}</span>
        {entry.entityId && <span className="data-table__sub data-table__mono">{entry.entityId}</span>}
      </td>
      <td className="audit-table__changes">
        {diff.changes.length === 0 ? (
          <span className="data-table__sub">{t('audit.noChanges')}</span>
        ) : (
          <ul className="audit-diff">
            {diff.changes.map((change) => (
              <li key={change.field} className={`audit-diff__change audit-diff__change--${change.kind}`}>
                {change.field && <span className="audit-diff__field">{change.field}</span>}
                {change.before !== undefined && <del className="audit-diff__before" aria-label={t('audit.before')}>{change.before}</del>}
                {change.before !== undefined && change.after !== undefined && <span aria-hidden="true"> → </span>}
                {change.after !== undefined && <ins className="audit-diff__after" aria-label={t('audit.after')}>{change.after}</ins>}
                {change.kind !== 'changed' && <span className="audit-diff__kind">({t(change.kind === 'added' ? 'audit.added' : 'audit.removed')})</span>}
              </li>
            ))}
          </ul>
        )}
        {diff.unchanged > 0 && <span className="data-table__sub">{t('audit.unchanged', { count: diff.unchanged })}</span>}
        <details className="audit-json">
          <summary>{t('audit.showJson')}</summary>
          <div className="audit-json__panes">
            <div>
              <h3 className="audit-json__title">{t('audit.before')}</h3>
              <pre>{JSON.stringify(entry.before, null, 2)}</pre>
            </div>
            <div>
              <h3 className="audit-json__title">{t('audit.after')}</h3>
              <pre>{JSON.stringify(entry.after, null, 2)}</pre>
            </div>
          </div>
        </details>
      </td>
    </tr>
  );
}
