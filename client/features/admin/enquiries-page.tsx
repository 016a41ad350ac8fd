/**
 * Investor enquiries for Board staff (/quan-tri/yeu-cau): open ones first, each with its lot (a
 * link to the lot's sheet in the investor portal), sender, organisation, contact, message and
 * date; officers and admins mark one handled with a note, or reopen it. Planners read only. The
 * server decides every call (enquiries.list / enquiries.markHandled); this page only follows it.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Enquiry } from '../../../shared/schemas/enquiries.ts';
import { isLanguage, type Language } from '../../i18n/languages.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { Badge } from '../../ui/badge.tsx';
import { Field } from '../../ui/field.tsx';
import { PageMessage } from '../../ui/page-message.tsx';
import { Spinner } from '../../ui/spinner.tsx';
import { useTRPC } from '../../app/trpc.ts';
import { useCurrentUser } from '../../app/use-auth.ts';
import { useErrorMessage } from '../../app/use-error-message.ts';
import {
  canHandleEnquiries,
  contactHref,
  ENQUIRY_NOTE_MAX,
  ENQUIRY_PAGE_SIZE,
  enquiryListInput,
  enquiryStateFilters,
  lotSheetPath,
  pageRange,
  type EnquiryStateFilter,
} from './enquiry-list.ts';

export function EnquiriesPage() {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi';
  const trpc = useTRPC();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [filter, setFilter] = useState<EnquiryStateFilter>('open');
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<string | null>(null);

  const enquiries = useQuery(trpc.enquiries.list.queryOptions(enquiryListInput(filter, offset), { placeholderData: keepPreviousData }));
  // Lot codes for the links; the public lot list is enough (an unknown id still shows as itself).
  const lots = useQuery(trpc.lots.list.queryOptions({ limit: 200 }));
  const lotCodes = new Map((lots.data?.items ?? []).map((lot) => [lot.id, lot.code]));
  const mayHandle = canHandleEnquiries(me.data?.role);

  const items = enquiries.data?.items ?? [];
  const total = enquiries.data?.total ?? 0;
  const range = pageRange(offset, items.length, total);

  return (
    <div className="admin-page admin-page--wide enquiries-page">
      <header className="admin-page__header">
        <h1 className="admin-page__title">{t('enquiries.title')}</h1>
        <p className="admin-page__intro">{t('enquiries.intro')}</p>
        {!mayHandle && me.data && <p className="admin-page__intro">{t('enquiries.readOnly')}</p>}
      </header>

      <section className="admin-section" aria-labelledby="enquiries-list-title" aria-busy={enquiries.isFetching}>
        <div className="enquiries-page__toolbar">
          <h2 id="enquiries-list-title" className="admin-section__title">
            {t('enquiries.listTitle')}
            {range && <span className="admin-section__count">{t('enquiries.range', range)}</span>}
            {enquiries.isFetching && !enquiries.isPending && <Spinner label={t('enquiries.loading')} />}
          </h2>
          <div className="enquiries-page__filter" role="group" aria-label={t('enquiries.show')}>
            {enquiryStateFilters.map((value) => (
              <button
                key={value}
                type="button"
                className="button button--small"
                aria-pressed={filter === value}
                onClick={() => { setFilter(value); setOffset(0); setStatus(null); }}
              >
                {t(`enquiries.states.${value}`)}
              </button>
            ))}
          </div>
        </div>
        <p className="visually-hidden" role="status" aria-live="polite">{status ?? ''}</p>
        {status && <p className="enquiries-page__status" aria-hidden="true">{status}</p>}

        {enquiries.isPending && (
          <div className="page__loading">
            <Spinner label={t('enquiries.loading')} />
            <span>{t('enquiries.loading')}</span>
          </div>
        )}
        {enquiries.isError && (
          <PageMessage
            tone="error"
            title={t('enquiries.loadFailed')}
            actions={<button type="button" className="button" onClick={() => void enquiries.refetch()}>{t('errors.retry')}</button>}
          >
            <p>{errorMessage(enquiries.error)}</p>
          </PageMessage>
        )}
        {enquiries.data && items.length === 0 && (
          <p className="admin-section__empty">{filter === 'open' ? t('enquiries.emptyOpen') : t('enquiries.empty')}</p>
        )}
        {items.length > 0 && (
          <ol className="enquiry-list">
            {items.map((enquiry) => (
              <EnquiryCard
                key={enquiry.id}
                enquiry={enquiry}
                lotCode={lotCodes.get(enquiry.lotId) ?? enquiry.lotId}
                language={language}
                mayHandle={mayHandle}
                onChanged={setStatus}
              />
            ))}
          </ol>
        )}
        {total > ENQUIRY_PAGE_SIZE && (
          <nav className="pagination" aria-label={t('enquiries.pagination')}>
            <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - ENQUIRY_PAGE_SIZE))}>
              <span aria-hidden="true">‹ </span>{t('enquiries.previous')}
            </button>
            <button type="button" className="button" disabled={offset + ENQUIRY_PAGE_SIZE >= total} onClick={() => setOffset(offset + ENQUIRY_PAGE_SIZE)}>
              {t('enquiries.next')}<span aria-hidden="true"> ›</span>
            </button>
          </nav>
        )}
      </section>
    </div>
  );
}

function EnquiryCard({ enquiry, lotCode, language, mayHandle, onChanged }: {
  enquiry: Enquiry;
  lotCode: string;
  language: Language;
  mayHandle: boolean;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const [note, setNote] = useState('');
  const mark = useMutation(trpc.enquiries.markHandled.mutationOptions());
  const handled = enquiry.handledAt !== null;
  const href = contactHref(enquiry.contact);
  const titleId = `enquiry-${enquiry.id}`;
  const noteTooLong = note.trim().length > ENQUIRY_NOTE_MAX;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mark.isPending || (!handled && noteTooLong)) return;
    try {
      await mark.mutateAsync(handled ? { id: enquiry.id, handled: false } : { id: enquiry.id, handled: true, ...(note.trim() ? { note: note.trim() } : {}) });
      onChanged(t(handled ? 'enquiries.reopened' : 'enquiries.marked', { name: enquiry.name }));
      setNote('');
      await queryClient.invalidateQueries(trpc.enquiries.list.pathFilter());
    } catch {
      // The error is shown under the form (mark.error).
    }
  };

  return (
    <li className={`enquiry-card${handled ? ' enquiry-card--handled' : ''}`} data-enquiry={enquiry.id} aria-labelledby={titleId}>
      <div className="enquiry-card__head">
        <h3 className="enquiry-card__title" id={titleId}>
          <a href={lotSheetPath(enquiry.lotId)}>{t('enquiries.lotLink', { code: lotCode })}</a>
          <span className="enquiry-card__sender"> · {enquiry.name}</span>
        </h3>
        <Badge tone={handled ? 'neutral' : 'warning'}>{handled ? t('enquiries.handled') : t('enquiries.open')}</Badge>
      </div>
      <dl className="enquiry-card__facts">
        <div><dt>{t('enquiries.received')}</dt><dd><time dateTime={enquiry.createdAt}>{formatDateTime(enquiry.createdAt, language)}</time></dd></div>
        <div><dt>{t('enquiries.sender')}</dt><dd>{enquiry.name}</dd></div>
        {enquiry.organisation && <div><dt>{t('enquiries.organisation')}</dt><dd>{enquiry.organisation}</dd></div>}
        <div><dt>{t('enquiries.contact')}</dt><dd>{href ? <a href={href}>{enquiry.contact}</a> : enquiry.contact}</dd></div>
        {enquiry.language && <div><dt>{t('enquiries.senderLanguage')}</dt><dd>{enquiry.language.toUpperCase()}</dd></div>}
      </dl>
      <p className="enquiry-card__message" lang={enquiry.language ?? undefined}>{enquiry.message}</p>
      {handled && (
        <p className="enquiry-card__handled">
          {t('enquiries.handledBy', { date: formatDateTime(enquiry.handledAt ?? '', language), user: enquiry.handledBy ?? '—' })}
          {enquiry.handledNote && <><br /><strong>{t('enquiries.handledNote')}:</strong> {enquiry.handledNote}</>}
        </p>
      )}
      {mayHandle && (
        <form className="enquiry-card__form" onSubmit={(event) => void submit(event)} noValidate>
          {!handled && (
            <Field label={t('enquiries.note')} hint={t('enquiries.noteHint')} error={noteTooLong ? t('enquiries.noteTooLong') : undefined}>
              {(control) => <textarea {...control} className="input" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />}
            </Field>
          )}
          <div className="admin-form__actions">
            <button type="submit" className={`button${handled ? '' : ' button--primary'}`} aria-disabled={mark.isPending || (!handled && noteTooLong)}>
              {mark.isPending ? t('enquiries.saving') : handled ? t('enquiries.reopen') : t('enquiries.markHandled')}
              <span className="visually-hidden">: {enquiry.name}</span>
            </button>
          </div>
          {mark.isError && <p className="field__error" role="alert">{errorMessage(mark.error)}</p>}
        </form>
      )}
    </li>
  );
}
